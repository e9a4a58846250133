package com.mdm.application.service.audit;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.metadata.MissingRange;
import java.util.List;

/**
 * What one hour of a series should hold, learnt from its records in key order: the candle grid, the
 * aggregate-id range, the depth chain, or nothing provable.
 */
interface HourExpectation {

  void accept(MarketEvent record);

  /** How many records the hour should hold, given {@code present}; null when unprovable. */
  Long expected(long present);

  /** The records shown missing, in time order. */
  List<MissingRange> missing();

  /** For series with no provable expectation: their state follows from their gaps alone. */
  HourExpectation NONE =
      new HourExpectation() {
        @Override
        public void accept(MarketEvent record) {}

        @Override
        public Long expected(long present) {
          return null;
        }

        @Override
        public List<MissingRange> missing() {
          return List.of();
        }
      };
}
