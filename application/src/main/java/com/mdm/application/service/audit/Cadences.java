package com.mdm.application.service.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Reads a series' cadence off the distances between its records. */
final class Cadences {

  private static final List<Duration> MARK_PRICE_SPEEDS =
      List.of(Duration.ofSeconds(1), Duration.ofSeconds(3));
  private static final List<Duration> FUNDING_INTERVALS =
      List.of(Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(4), Duration.ofHours(8));

  private Cadences() {}

  /**
   * The mark price stream speed (1 s or 3 s) most distances are close to (within a fifth), or
   * {@code fallback} when fewer than three distances are close to either.
   */
  static Duration markPrice(List<Instant> times, Duration fallback) {
    int[] votes = new int[MARK_PRICE_SPEEDS.size()];
    for (int i = 1; i < times.size(); i++) {
      long distance = Duration.between(times.get(i - 1), times.get(i)).toMillis();
      for (int s = 0; s < votes.length; s++) {
        long speed = MARK_PRICE_SPEEDS.get(s).toMillis();
        if (Math.abs(distance - speed) * 5 <= speed) {
          votes[s]++;
        }
      }
    }
    return winner(MARK_PRICE_SPEEDS, votes, 3, fallback);
  }

  /**
   * The funding interval (1, 2, 4 or 8 hours) that most distances between funding times equal
   * exactly, or {@code fallback} when none does.
   */
  static Duration funding(List<Instant> times, Duration fallback) {
    int[] votes = new int[FUNDING_INTERVALS.size()];
    for (int i = 1; i < times.size(); i++) {
      Duration distance = Duration.between(times.get(i - 1), times.get(i));
      int index = FUNDING_INTERVALS.indexOf(distance);
      if (index >= 0) {
        votes[index]++;
      }
    }
    return winner(FUNDING_INTERVALS, votes, 1, fallback);
  }

  private static Duration winner(
      List<Duration> candidates, int[] votes, int minimum, Duration fallback) {
    int best = -1;
    for (int i = 0; i < votes.length; i++) {
      if (votes[i] >= minimum && (best < 0 || votes[i] > votes[best])) {
        best = i;
      }
    }
    return best < 0 ? fallback : candidates.get(best);
  }
}
