package com.mdm.application.service.audit;

import static com.mdm.application.service.audit.Records.BTC;
import static com.mdm.application.service.audit.Records.agg;
import static com.mdm.application.service.audit.Records.diff;
import static com.mdm.application.service.audit.Records.minute;
import static com.mdm.application.service.audit.Records.partial;
import static com.mdm.application.service.audit.Records.trade;
import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.metadata.GapKind;
import com.mdm.domain.metadata.GapPosition;
import com.mdm.domain.metadata.IdRange;
import com.mdm.testsupport.fake.InMemorySeriesStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequenceGapDetectionTest {

  private static final TimeRange HOUR = TimeRange.of(minute(0), minute(60));
  private static final SeriesKey AGG = SeriesKey.of(SeriesType.AGG_TRADES, BTC);

  private final InMemorySeriesStore store = new InMemorySeriesStore();
  private final SeriesAuditor auditor = new SeriesAuditor(store, TestSettings.settings());

  private static Instant second(long seconds) {
    return minute(0).plusSeconds(seconds);
  }

  @Test
  void givenThreeMissingAggregates_whenAudited_thenTheGapNamesTheirIdsTradeIdsAndTimeSpan() {
    List<AggregateTrade> trades = new ArrayList<>();
    for (long a = 1; a <= 20; a++) {
      if (a < 11 || a > 13) {
        trades.add(agg(a, 100 + 2 * a, 101 + 2 * a, second(a)));
      }
    }
    store.add(trades);

    SeriesAudit audit = auditor.audit(AGG, HOUR, HOUR.to());

    assertThat(audit.gaps())
        .containsExactly(
            new DetectedGap(
                GapKind.TRADE_IDS,
                GapPosition.INTERIOR,
                second(10),
                second(14),
                3,
                1,
                new IdRange(11, 13),
                new IdRange(122, 127),
                "after:10"));
    assertThat(audit.present()).isEqualTo(17);
    assertThat(audit.missing()).isEqualTo(3);
    assertThat(audit.duplicates()).isZero();
  }

  @Test
  void givenTradeIdsSkippedBetweenConsecutiveAggregates_whenAudited_thenThereIsNoGap() {
    store.add(
        List.of(agg(1, 10, 12, second(1)), agg(2, 20, 20, second(2)), agg(3, 21, 21, second(3))));

    SeriesAudit audit = auditor.audit(AGG, HOUR, HOUR.to());

    assertThat(audit.gaps()).isEmpty();
    assertThat(audit.present()).isEqualTo(3);
  }

  @Test
  void givenOverlappingAndRepeatedAggregates_whenAudited_thenEachCountsAsADuplicate() {
    AggregateTrade repeated = agg(2, 12, 13, second(2));
    store.add(List.of(agg(1, 10, 12, second(1)), repeated, agg(3, 14, 14, second(3))));

    SeriesAudit audit =
        new SeriesAuditor(new HandingOutTwice(store, repeated), TestSettings.settings())
            .audit(AGG, HOUR, HOUR.to());

    assertThat(audit.duplicates()).isEqualTo(2);
    assertThat(audit.present()).isEqualTo(3);
    assertThat(audit.gaps()).isEmpty();
  }

  @Test
  void givenTheLastAggregateBeforeTheWindow_whenAudited_thenABreakAcrossTheStartIsFound() {
    store.add(
        List.of(agg(5, 5, 5, minute(-3)), agg(8, 8, 8, second(30)), agg(9, 9, 9, second(31))));

    SeriesAudit audit = auditor.audit(AGG, HOUR, HOUR.to());

    assertThat(audit.gaps())
        .singleElement()
        .satisfies(
            gap -> {
              assertThat(gap.start()).isEqualTo(minute(-3));
              assertThat(gap.end()).isEqualTo(second(30));
              assertThat(gap.missing()).isEqualTo(2);
              assertThat(gap.missingIds()).isEqualTo(new IdRange(6, 7));
            });
    assertThat(audit.present()).isEqualTo(2);
  }

  @Test
  void givenMissingTradeIds_whenTradesAreAudited_thenTheGapCountsThem() {
    for (long t : new long[] {1, 2, 3, 4, 5, 8, 9, 10}) {
      store.add(List.of(trade(t, second(t))));
    }

    SeriesAudit audit = auditor.audit(SeriesKey.of(SeriesType.TRADES, BTC), HOUR, HOUR.to());

    assertThat(audit.gaps())
        .singleElement()
        .satisfies(
            gap -> {
              assertThat(gap.kind()).isEqualTo(GapKind.TRADE_IDS);
              assertThat(gap.missingIds()).isEqualTo(new IdRange(6, 7));
              assertThat(gap.missing()).isEqualTo(2);
              assertThat(gap.missingTradeIds()).isNull();
            });
  }

  @Test
  void givenABrokenDiffChain_whenDepthIsAudited_thenEachBreakIsAGapAndOverlapsAreDuplicates() {
    store.add(
        List.of(
            diff(10, 20, 5, second(1)),
            diff(21, 30, 20, second(2)),
            partial(1000, second(2), "99", "101"),
            diff(31, 40, 30, second(3)),
            diff(51, 60, 45, second(4)),
            diff(61, 70, 60, second(5)),
            diff(65, 75, 68, second(6)),
            partial(1001, second(6), "102", "101"),
            diff(76, 80, 75, second(7))));

    SeriesAudit audit = auditor.audit(SeriesKey.of(SeriesType.DEPTH, BTC), HOUR, HOUR.to());

    assertThat(audit.gaps())
        .containsExactly(
            new DetectedGap(
                GapKind.DEPTH_SEQUENCE,
                GapPosition.INTERIOR,
                second(3),
                second(4),
                1,
                1,
                new IdRange(41, 45),
                null,
                "after:40"));
    assertThat(audit.present()).isEqualTo(9);
    assertThat(audit.missing()).isEqualTo(1);
    assertThat(audit.duplicates()).isEqualTo(1);
    assertThat(audit.checked()).isEqualTo(2);
    assertThat(audit.invalid()).isEqualTo(1);
  }

  @Test
  void givenBreaksFarApart_whenAudited_thenTheyStaySeparateGaps() {
    store.add(
        List.of(
            agg(1, 1, 1, second(0)),
            agg(3, 3, 3, second(10)),
            agg(4, 4, 4, second(200)),
            agg(7, 7, 7, second(400))));

    SeriesAudit audit = auditor.audit(AGG, HOUR, HOUR.to());

    assertThat(audit.gaps())
        .extracting(DetectedGap::start, DetectedGap::end, DetectedGap::missing)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(second(0), second(10), 1L),
            org.assertj.core.groups.Tuple.tuple(second(200), second(400), 2L));
  }
}
