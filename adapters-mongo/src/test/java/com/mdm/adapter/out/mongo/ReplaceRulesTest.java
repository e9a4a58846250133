package com.mdm.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.Candle;
import com.mdm.domain.market.FundingRate;
import com.mdm.domain.market.Symbol;
import com.mdm.testsupport.contract.KlineSamples;
import com.mdm.testsupport.contract.SeriesSamples;
import java.math.BigDecimal;
import java.time.Instant;
import org.bson.BsonDocument;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;

/** The replace rules of the updatable series, as filters and as in-batch precedence. */
class ReplaceRulesTest {

  private static final Symbol SYMBOL = Symbol.of("RULEUSDT");

  private static Candle candle(boolean closed, int second) {
    Instant eventTime = SeriesSamples.BASE.plusSeconds(second);
    return KlineSamples.candle(SYMBOL, 0, closed, eventTime);
  }

  private static BsonDocument render(Bson filter) {
    return filter.toBsonDocument();
  }

  @Test
  void anOpenCandleMayReplaceOnlyAnOpenCandleWithAnOlderEventTime() {
    Candle open = candle(false, 20);

    assertThat(render(KlineDocuments.replaceable(open)))
        .isEqualTo(
            BsonDocument.parse(
                "{$and: [{$and: [{_id: {$date: '%s'}}, {closed: false}]}, {eventTime: {$lt: {$date: '%s'}}}]}"
                    .formatted(open.openTime(), open.eventTime())));
  }

  @Test
  void aClosedCandleMayReplaceAnyOpenCandle() {
    Candle closed = candle(true, 20);

    assertThat(render(KlineDocuments.replaceable(closed)))
        .isEqualTo(
            BsonDocument.parse(
                "{$and: [{_id: {$date: '%s'}}, {closed: false}]}".formatted(closed.openTime())));
  }

  @Test
  void withinABatchClosedBeatsOpenTheFirstClosedStaysAndNewerOpenBeatsOlderOpen() {
    assertThat(KlineDocuments.supersedes(candle(false, 30), candle(false, 20))).isTrue();
    assertThat(KlineDocuments.supersedes(candle(false, 20), candle(false, 30))).isFalse();
    assertThat(KlineDocuments.supersedes(candle(false, 20), candle(false, 20))).isFalse();
    assertThat(KlineDocuments.supersedes(candle(true, 10), candle(false, 30))).isTrue();
    assertThat(KlineDocuments.supersedes(candle(false, 50), candle(true, 30))).isFalse();
    assertThat(KlineDocuments.supersedes(candle(true, 50), candle(true, 30))).isFalse();
  }

  @Test
  void aFundingRateMayReplaceOnlyAnOlderAnnouncement() {
    FundingRate older =
        SeriesSamples.fundingRate(SYMBOL, 5, SeriesSamples.at(1), new BigDecimal("0.0001"));
    FundingRate newer =
        SeriesSamples.fundingRate(SYMBOL, 5, SeriesSamples.at(2), new BigDecimal("0.0002"));

    assertThat(FundingRateMapper.supersedes(newer, older)).isTrue();
    assertThat(FundingRateMapper.supersedes(older, newer)).isFalse();
    assertThat(FundingRateMapper.supersedes(newer, newer)).isFalse();
    assertThat(render(FundingRateMapper.replaceable(newer)))
        .isEqualTo(
            BsonDocument.parse(
                "{$and: [{_id: {$date: '%s'}}, {eventTime: {$lt: {$date: '%s'}}}]}"
                    .formatted(newer.fundingTime(), newer.eventTime())));
  }
}
