package com.mdm.testsupport.contract;

import static com.mdm.testsupport.contract.MetadataSamples.BTC;
import static com.mdm.testsupport.contract.MetadataSamples.ETH;
import static com.mdm.testsupport.contract.MetadataSamples.at;
import static com.mdm.testsupport.contract.MetadataSamples.gapDetails;
import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.GapCause;
import com.mdm.domain.metadata.GapDetails;
import com.mdm.domain.metadata.GapFate;
import com.mdm.domain.metadata.GapFilter;
import com.mdm.domain.metadata.GapStatus;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.metadata.Severity;
import com.mdm.domain.port.out.DataGapRepository;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link DataGapRepository} must do. */
public abstract class DataGapRepositoryContract extends RepositoryContract<DataGapRepository> {

  private static final SeriesKey CANDLES = SeriesKey.candles(BTC, Timeframe.MINUTE_1);
  private static final SeriesKey AGG_TRADES = SeriesKey.of(SeriesType.AGG_TRADES, ETH);

  private static DataGap gap(String id, SeriesKey series, long startMinute, long detectedMinute) {
    return new DataGap(
        id,
        series,
        at(startMinute),
        at(startMinute + 3),
        3,
        Severity.LOW,
        GapStatus.OPEN,
        gapDetails(id, series, at(startMinute), at(startMinute + 3), Severity.LOW),
        at(detectedMinute),
        at(detectedMinute));
  }

  @Test
  void givenNewGap_whenUpserted_thenItIsNewAndComesBackExactly() {
    DataGap gap = gap("g1", CANDLES, 10, 20);

    assertThat(repository.upsert(gap)).isTrue();

    assertThat(repository.get("g1")).contains(gap);
    assertThat(repository.get("other")).isEmpty();
  }

  @Test
  void
      givenKnownGap_whenUpsertedAgain_thenEndCountSeverityAndDetailsFollowButDetectionAndStatusStay() {
    repository.upsert(gap("g1", CANDLES, 10, 20));
    repository.updateStatus("g1", GapStatus.UNRECOVERABLE, at(21));
    GapDetails longer = gapDetails("g1", CANDLES, at(11), at(90), Severity.HIGH);
    DataGap grown =
        new DataGap(
            "g1",
            CANDLES,
            at(11),
            at(90),
            80,
            Severity.HIGH,
            GapStatus.OPEN,
            longer,
            at(30),
            at(30));

    assertThat(repository.upsert(grown)).isFalse();

    DataGap stored = repository.get("g1").orElseThrow();
    assertThat(stored.start()).isEqualTo(at(10));
    assertThat(stored.end()).isEqualTo(at(90));
    assertThat(stored.expectedMissing()).isEqualTo(80);
    assertThat(stored.severity()).isEqualTo(Severity.HIGH);
    assertThat(stored.details()).isEqualTo(longer);
    assertThat(stored.status()).isEqualTo(GapStatus.UNRECOVERABLE);
    assertThat(stored.detectedAt()).isEqualTo(at(20));
    assertThat(stored.updatedAt()).isEqualTo(at(30));
  }

  @Test
  void givenGapsOfTwoDatasets_whenListed_thenFiltersApplyAndNewestComeFirst() {
    repository.upsert(gap("a1", CANDLES, 0, 1));
    repository.upsert(gap("a2", CANDLES, 5, 3));
    repository.upsert(gap("a3", CANDLES, 9, 2));
    repository.upsert(gap("b1", AGG_TRADES, 0, 4));
    repository.updateStatus("a3", GapStatus.RESOLVED, at(5));

    assertThat(ids(repository.list("candles_BTCUSDT_1m", null, PageRequest.first(10))))
        .containsExactly("a2", "a3", "a1");
    assertThat(ids(repository.list("candles_BTCUSDT_1m", GapStatus.OPEN, PageRequest.first(10))))
        .containsExactly("a2", "a1");
    assertThat(ids(repository.list(null, GapStatus.OPEN, PageRequest.first(10))))
        .containsExactly("b1", "a2", "a1");
    assertThat(ids(repository.list(null, null, new PageRequest(1, 2)))).containsExactly("a2", "a3");
    assertThat(repository.list("agg_trades_ETHUSDT", null, PageRequest.first(1)))
        .singleElement()
        .satisfies(gap -> assertThat(gap.series()).isEqualTo(AGG_TRADES));
  }

  @Test
  void givenGap_whenItsStatusIsSet_thenItIsStoredAndUnknownIdsAreRefused() {
    repository.upsert(gap("g1", CANDLES, 10, 20));

    assertThat(repository.updateStatus("g1", GapStatus.RESOLVED, at(40))).isTrue();
    assertThat(repository.updateStatus("missing", GapStatus.RESOLVED, at(40))).isFalse();

    DataGap stored = repository.get("g1").orElseThrow();
    assertThat(stored.status()).isEqualTo(GapStatus.RESOLVED);
    assertThat(stored.updatedAt()).isEqualTo(at(40));
    assertThat(stored.detectedAt()).isEqualTo(at(20));
  }

  @Test
  void givenGapsOfDifferentCauses_whenListedByCauseAndFate_thenOnlyThoseMatchAndFatesRoundTrip() {
    repository.upsert(caused(gap("c1", CANDLES, 0, 1), GapCause.NOT_COLLECTED));
    repository.upsert(caused(gap("c2", CANDLES, 5, 2), GapCause.CAPTURE_OUTAGE));
    repository.upsert(caused(gap("c3", AGG_TRADES, 9, 3), GapCause.STREAM_LOSS));
    GapFate empty = GapFate.confirmedEmpty("job-7", 0);
    repository.updateFate("c2", empty, at(4));
    repository.updateFate("c3", GapFate.backfilled("job-8", 42), at(5));

    assertThat(ids(repository.list(new GapFilter(null, null, GapCause.NOT_COLLECTED, null), ALL)))
        .containsExactly("c1");
    assertThat(ids(repository.list(new GapFilter(null, null, null, GapFate.Kind.BACKFILLED), ALL)))
        .containsExactly("c3");
    DataGap stored = repository.get("c2").orElseThrow();
    assertThat(stored.cause()).isEqualTo(GapCause.CAPTURE_OUTAGE);
    assertThat(stored.fate()).isEqualTo(empty);
    assertThat(stored.status()).isEqualTo(GapStatus.UNRECOVERABLE);
    assertThat(repository.get("c3").orElseThrow().fate().recordsInserted()).isEqualTo(42);
  }

  @Test
  void givenKnownGap_whenFoundAgainWithAnotherCause_thenCauseFollowsButFateStays() {
    repository.upsert(caused(gap("g1", CANDLES, 10, 20), GapCause.UNKNOWN));
    repository.updateFate("g1", GapFate.unrecoverable(null, "no history"), at(21));

    repository.upsert(caused(gap("g1", CANDLES, 10, 30), GapCause.STREAM_LOSS));

    DataGap stored = repository.get("g1").orElseThrow();
    assertThat(stored.cause()).isEqualTo(GapCause.STREAM_LOSS);
    assertThat(stored.fate()).isEqualTo(GapFate.unrecoverable(null, "no history"));
  }

  private static final PageRequest ALL = PageRequest.first(10);

  private static DataGap caused(DataGap gap, GapCause cause) {
    return new DataGap(
        gap.gapId(),
        gap.series(),
        gap.start(),
        gap.end(),
        gap.expectedMissing(),
        gap.severity(),
        gap.status(),
        gap.details(),
        gap.detectedAt(),
        gap.updatedAt(),
        cause,
        gap.fate());
  }

  private static List<String> ids(List<DataGap> gaps) {
    return gaps.stream().map(DataGap::gapId).toList();
  }
}
