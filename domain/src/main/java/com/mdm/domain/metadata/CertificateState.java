package com.mdm.domain.metadata;

/** What a completeness certificate says about its hour. */
public enum CertificateState {
  /** Every expected record is stored and no gap of the hour is open. */
  COMPLETE(true),
  /** Records are missing, or a gap of the hour is open or unrecoverable. */
  INCOMPLETE(false),
  /** Complete now, after an earlier version was incomplete or a gap in it was backfilled. */
  REPAIRED(true),
  /** What is missing the REST history confirmed never existed (a halt, maintenance). */
  CONFIRMED_EMPTY(true),
  /** Complete, and a second source agreed with the stored records of the hour. */
  RECONCILED(true);

  private final boolean complete;

  CertificateState(boolean complete) {
    this.complete = complete;
  }

  /** Whether the hour holds everything there is to hold: a backtest may rely on it. */
  public boolean complete() {
    return complete;
  }
}
