package com.mdm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.application.service.audit.AuditSettings;
import com.mdm.application.service.audit.DetectedGap;
import com.mdm.application.service.audit.IdRange;
import com.mdm.application.service.audit.SeriesAudit;
import com.mdm.application.service.audit.SeriesAuditor;
import com.mdm.decoder.binance.BinanceMessageDecoder;
import com.mdm.decoder.binance.DecoderLimits;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.TimeRange;
import com.mdm.testsupport.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The recorded fixtures are samples, not continuous captures: consecutive records of a series are
 * seconds to years apart. Stored as the service stores them and audited over each series' own span
 * (first to last record, so no edge gaps), the auditor must report exactly the holes between them,
 * as checked by hand from the raw lines: every consecutive pair of aggregate trades and of diff
 * depth events of a symbol is a break (adjacent breaks merge, {@code breaks} counts them), the
 * BTCUSDT mark prices lie far apart, four BTCUSDT funding times are missing stretches, and the
 * klines hold no hole (their only neighbours are consecutive minutes).
 */
class RecordedFixturesAuditIT {

  private static final Instant RECEIVED_AT = Instant.parse("2026-11-24T00:00:00Z");
  private static final Set<SeriesType> AUDITED =
      Set.of(
          SeriesType.AGG_TRADES,
          SeriesType.DEPTH,
          SeriesType.MARK_PRICES,
          SeriesType.FUNDING_RATES,
          SeriesType.CANDLES);

  private final AuditorStores stores = new AuditorStores();

  @AfterEach
  void close() {
    stores.close();
  }

  @Test
  void anAuditOverTheRecordedFixturesReportsTheHolesReallyInThem() throws Exception {
    BinanceMessageDecoder decoder = new BinanceMessageDecoder(DecoderLimits.defaults());
    List<MarketEvent> events = new ArrayList<>();
    for (String type : List.of("aggTrade", "depthUpdate", "kline", "markPriceUpdate")) {
      for (String line : Fixtures.wsLines(type)) {
        events.addAll(decoder.decode(line.getBytes(StandardCharsets.UTF_8), RECEIVED_AT).events());
      }
    }
    stores.save(events);
    Set<SeriesKey> keys = new TreeSet<>((x, y) -> x.datasetId().compareTo(y.datasetId()));
    events.stream()
        .map(MarketEvent::seriesKey)
        .filter(key -> AUDITED.contains(key.type()))
        .forEach(keys::add);
    SeriesAuditor auditor = new SeriesAuditor(stores.series, AuditSettings.defaults());

    List<String> found = new ArrayList<>();
    for (SeriesKey key : keys) {
      List<? extends MarketEvent> stored =
          stores
              .series
              .repository(key.type())
              .range(key, TimeRange.all(), 1000, SortOrder.ASCENDING);
      TimeRange span =
          TimeRange.of(stored.getFirst().seriesTime(), stored.getLast().seriesTime().plusMillis(1));
      SeriesAudit audit = auditor.audit(key, span, span.to());
      audit.gaps().forEach(gap -> found.add(describe(key, gap)));
    }

    assertThat(found)
        .containsExactly(
            "agg_trades_BATUSDT 2021-04-05T18:37:01.145Z..2021-04-05T18:38:15.106Z missing=50"
                + " breaks=2 ids=17414855..17414905 tradeIds=31188478..31188545",
            "agg_trades_BTCUSDT 2021-03-20T01:00:09.188Z..2026-01-17T10:08:17.374Z"
                + " missing=2668048893 breaks=3 ids=389551487..3057600381"
                + " tradeIds=621622994..7111099182",
            "agg_trades_CHRUSDT 2021-04-05T18:36:48.154Z..2021-04-05T18:37:40.172Z missing=24"
                + " breaks=1 ids=2668842..2668865 tradeIds=5332182..5332213",
            "agg_trades_CTKUSDT 2021-04-05T18:37:55.807Z..2021-07-22T22:26:06.709Z"
                + " missing=5292692 breaks=4 ids=11306628..16599322 tradeIds=13473444..23961374",
            "agg_trades_DENTUSDT 2021-04-17T16:37:34.113Z..2021-04-17T16:37:55.896Z missing=45"
                + " breaks=7 ids=8476406..8476456 tradeIds=15787392..15787466",
            "agg_trades_NEOUSDT 2021-04-05T18:37:08.999Z..2021-04-05T18:38:22.488Z missing=114"
                + " breaks=3 ids=32238124..32238239 tradeIds=44606302..44606450",
            "agg_trades_SANDUSDT 2021-04-05T18:36:37.485Z..2021-04-05T18:38:30.725Z missing=136"
                + " breaks=1 ids=9445518..9445653 tradeIds=12821739..12821918",
            "agg_trades_SUSHIUSDT 2021-07-22T22:25:50.163Z..2021-07-22T22:26:03.257Z missing=25"
                + " breaks=6 ids=87353234..87353263 tradeIds=126902933..126902998",
            "agg_trades_YFIUSDT 2021-04-17T16:37:28.084Z..2021-04-17T16:37:43.999Z missing=19"
                + " breaks=1 ids=52599686..52599704 tradeIds=64902164..64902184",
            "depth_AKROUSDT 2021-07-22T22:25:41.077Z..2021-07-22T22:26:08.038Z missing=1"
                + " breaks=1 ids=600859599832..600860316773",
            "depth_BATUSDT 2021-04-05T18:36:37.599Z..2021-04-05T18:37:36.924Z missing=1"
                + " breaks=1 ids=303212648744..303213977758",
            "depth_BTCUSDT 2021-05-30T10:40:44.693Z..2024-08-08T23:58:32.592Z missing=5"
                + " breaks=5 ids=475776380185..5123127840988",
            "depth_CHRUSDT 2021-04-05T18:37:07.369Z..2021-04-05T18:38:07.566Z missing=1"
                + " breaks=1 ids=303213314142..303214579246",
            "depth_CTKUSDT 2021-04-05T18:36:37.729Z..2021-07-22T22:25:57.920Z missing=4"
                + " breaks=4 ids=303212651380..600860012911",
            "depth_ETHUSDT 2024-08-08T23:54:16.303Z..2024-08-08T23:59:15.196Z missing=4"
                + " breaks=4 ids=5123107837897..5123131589922",
            "depth_KSMUSDT 2021-04-17T16:37:28.053Z..2021-04-17T16:37:50.427Z missing=3"
                + " breaks=3 ids=335340584862..335341272707",
            "depth_NEOUSDT 2021-04-05T18:36:52.752Z..2021-04-05T18:38:21.715Z missing=2"
                + " breaks=2 ids=303212953861..303214922836",
            "depth_SUSHIUSDT 2021-07-22T22:25:41.037Z..2021-07-22T22:26:04.391Z missing=3"
                + " breaks=3 ids=600859600918..600860188256",
            "depth_YFIUSDT 2021-04-17T16:37:28.596Z..2021-04-17T16:37:46.801Z missing=3"
                + " breaks=3 ids=335340600602..335341159132",
            "funding_rates_BTCUSDT 2019-10-01T16:00:00Z..2020-08-16T08:00:00Z missing=959"
                + " breaks=1",
            "funding_rates_BTCUSDT 2020-08-16T16:00:00Z..2021-04-02T00:00:00Z missing=685"
                + " breaks=1",
            "funding_rates_BTCUSDT 2021-04-02T08:00:00Z..2023-07-30T16:00:00Z missing=2548"
                + " breaks=1",
            "funding_rates_BTCUSDT 2023-07-31T00:00:00Z..2026-01-17T16:00:00Z missing=2705"
                + " breaks=1",
            "mark_prices_BTCUSDT 2019-10-01T00:00:06.001Z..2026-01-17T10:08:18.002Z"
                + " missing=66252160 breaks=5");
  }

  private static String describe(SeriesKey key, DetectedGap gap) {
    return key.datasetId()
        + " "
        + gap.start()
        + ".."
        + gap.end()
        + " missing="
        + gap.missing()
        + " breaks="
        + gap.breaks()
        + range(" ids=", gap.missingIds())
        + range(" tradeIds=", gap.missingTradeIds());
  }

  private static String range(String label, IdRange range) {
    return range == null ? "" : label + range.from() + ".." + range.to();
  }
}
