package com.mdm.adapter.in.file;

import java.time.Duration;
import java.time.Instant;

/**
 * Replays at a multiple of real time: the first frame goes at once, every later one when as much
 * wall time has passed (divided by the speed) as lay between it and the first in the capture.
 */
final class Pacer {

  private final double speed;
  private Instant firstRecorded;
  private long firstNanos;

  /**
   * @param speed 0 for no pacing
   */
  Pacer(double speed) {
    this.speed = speed;
  }

  /** Waits until the frame recorded at {@code recorded} is due; null times are never waited for. */
  void await(Instant recorded) throws InterruptedException {
    if (speed == 0 || recorded == null) {
      return;
    }
    if (firstRecorded == null) {
      firstRecorded = recorded;
      firstNanos = System.nanoTime();
      return;
    }
    long offset = (long) (Duration.between(firstRecorded, recorded).toNanos() / speed);
    long wait = firstNanos + offset - System.nanoTime();
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
  }
}
