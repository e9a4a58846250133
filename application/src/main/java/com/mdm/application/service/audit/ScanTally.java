package com.mdm.application.service.audit;

/** Counts kept while scanning one series: what was present, missing, repeated and invalid. */
final class ScanTally {

  /** Records found in the window (for candles: on the grid and due). */
  long present;

  /** Records missing inside the window (parts of gaps before the window are not counted). */
  long missing;

  /** Records the series holds more than once, as far as the scan can tell. */
  long duplicates;

  /** Records whose values were checked for validity. */
  long checked;

  /** Checked records that failed a check. */
  long invalid;

  void check(boolean valid) {
    checked++;
    if (!valid) {
      invalid++;
    }
  }
}
