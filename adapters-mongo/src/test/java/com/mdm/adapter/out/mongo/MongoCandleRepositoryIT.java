package com.mdm.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.Candle;
import com.mdm.domain.market.RecordOrigin;
import com.mdm.domain.port.out.WriteResult;
import com.mdm.testsupport.contract.KlineSamples;
import com.mdm.testsupport.contract.SeriesSample;
import com.mdm.testsupport.contract.SeriesSamples;
import java.util.List;
import org.junit.jupiter.api.Test;

class MongoCandleRepositoryIT extends MongoSeriesRepositoryContract<Candle> {

  private static final boolean OPEN = false;
  private static final boolean CLOSED = true;

  @Override
  protected SeriesSample<Candle> sample() {
    return SeriesSample.CANDLES;
  }

  @Override
  protected String priceField() {
    return "open";
  }

  @Override
  protected String tinyField() {
    return "takerBuyBaseVolume";
  }

  @Override
  protected String timeField() {
    return "openTime";
  }

  private Candle update(boolean closed, int second) {
    Candle first = KlineSamples.candle(symbol, 0, OPEN, SeriesSamples.BASE);
    return KlineSamples.candle(symbol, 0, closed, first.openTime().plusSeconds(second));
  }

  private Candle stored() {
    List<Candle> all = all();
    assertThat(all).hasSize(1);
    return all.getFirst();
  }

  @Test
  void givenALiveOpenCandle_whenABackfilledClosedOneReplacesIt_thenTheOriginSaysBackfill()
      throws Exception {
    RecordOrigin live = RecordOrigin.live("binance.futures.websocket.data", 17);
    RecordOrigin backfill = RecordOrigin.backfill("job-1");
    repository.saveAll(List.of(update(OPEN, 30)), List.of(live)).get();
    assertThat(repository.originsOf(key(symbol), all())).containsExactly(live);

    repository.saveAll(List.of(update(CLOSED, 59)), List.of(backfill)).get();
    repository
        .saveAll(List.of(update(OPEN, 50)), List.of(RecordOrigin.live("binance.futures", 18)))
        .get();

    assertThat(stored()).isEqualTo(update(CLOSED, 59));
    assertThat(repository.originsOf(key(symbol), all())).containsExactly(backfill);
  }

  @Test
  void givenACandleStoredWithoutOrigin_whenItsOriginIsAsked_thenItIsUnknown() throws Exception {
    save(List.of(update(CLOSED, 30)));

    assertThat(repository.originsOf(key(symbol), all())).containsExactly((RecordOrigin) null);
  }

  @Test
  void givenClosedCandle_whenAnotherClosedVersionArrives_thenTheFirstStays() throws Exception {
    save(List.of(update(CLOSED, 30)));

    assertThat(save(List.of(update(CLOSED, 45)))).isEqualTo(new WriteResult(0, 1));
    assertThat(stored()).isEqualTo(update(CLOSED, 30));
  }

  @Test
  void givenSeveralUpdatesOfOneCandleInABatch_whenSaved_thenOnlyTheWinnerIsWritten()
      throws Exception {
    assertThat(save(List.of(update(OPEN, 10), update(OPEN, 40), update(OPEN, 20))))
        .isEqualTo(new WriteResult(1, 2));
    assertThat(stored()).isEqualTo(update(OPEN, 40));

    assertThat(save(List.of(update(OPEN, 50), update(CLOSED, 45), update(OPEN, 55))))
        .isEqualTo(new WriteResult(1, 2));
    assertThat(stored()).isEqualTo(update(CLOSED, 45));
  }

  @Test
  void givenCandle_whenStored_thenItIsKeyedByOpenTime() throws Exception {
    Candle candle = update(OPEN, 10);
    save(List.of(candle));

    assertThat(mongo.document(key(symbol).collectionName(), java.util.Date.from(candle.openTime())))
        .isNotNull()
        .containsEntry("timeframe", "1m")
        .containsEntry("closed", false)
        .containsEntry("tradeCount", candle.tradeCount())
        .containsEntry("closeTime", java.util.Date.from(candle.closeTime()));
  }
}
