package com.mdm.application.service.audit;

/**
 * How the auditor reconciles stored one-minute candles with other sources.
 *
 * @param enabled whether closed, certified hours are reconciled at all ({@code RECONCILE_ENABLED})
 * @param restShare share of hours, 0 to 1, also compared with the Binance REST klines, picked by a
 *     hash of dataset and hour so every replica picks the same ones ({@code RECONCILE_REST_SHARE})
 * @param restHoursPerCycle at most this many hours are fetched from REST per series and cycle,
 *     keeping the comparison inside the request weight budget ({@code RECONCILE_REST_MAX_HOURS})
 * @param correctFromRest whether a stored closed candle that disagrees with the REST kline is
 *     replaced by it, the hour certified anew ({@code RECONCILE_CORRECT_FROM_REST})
 */
public record ReconciliationSettings(
    boolean enabled, double restShare, int restHoursPerCycle, boolean correctFromRest) {

  public ReconciliationSettings {
    if (!(restShare >= 0 && restShare <= 1)) {
      throw new IllegalArgumentException("restShare must be within 0 and 1 but was " + restShare);
    }
    if (restHoursPerCycle < 0) {
      throw new IllegalArgumentException(
          "restHoursPerCycle must be >= 0 but was " + restHoursPerCycle);
    }
  }

  /**
   * Reconcile every certified hour against the trades, and 2 % of hours against REST, 2 a cycle;
   * report disagreements, correct nothing.
   */
  public static ReconciliationSettings defaults() {
    return new ReconciliationSettings(true, 0.02, 2, false);
  }

  /** Whether the hour starting at {@code hourMillis} of {@code datasetId} is in the REST sample. */
  boolean sampled(String datasetId, long hourMillis) {
    if (restShare <= 0) {
      return false;
    }
    int bucket = Math.floorMod((datasetId + "@" + hourMillis).hashCode() * 0x9E3779B1, 10_000);
    return bucket < Math.round(restShare * 10_000);
  }
}
