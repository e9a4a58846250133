package com.mdm.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.decoder.binance.BinanceMessageDecoder;
import com.mdm.decoder.binance.DecoderLimits;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.RecordOrigin;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoreSectionTest {

  @Test
  void batchesHoldOneSeriesAtMostAThousandRecordsAndNeverSpanAnInFlightWindow() {
    List<byte[]> messages = Workload.messages(25_000);
    BinanceMessageDecoder decoder = new BinanceMessageDecoder(DecoderLimits.defaults());
    List<MarketEvent> events = new ArrayList<>();
    List<RecordOrigin> origins = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      for (MarketEvent event : decoder.decode(messages.get(i), Instant.EPOCH).events()) {
        events.add(event);
        origins.add(RecordOrigin.ofIngest("test", i + 1L));
      }
    }

    List<StoreSection.Batch> batches = StoreSection.batches(events, origins);

    assertThat(batches.stream().mapToInt(b -> b.records.size()).sum()).isEqualTo(events.size());
    for (StoreSection.Batch batch : batches) {
      assertThat(batch.records).isNotEmpty().hasSizeLessThanOrEqualTo(1_000);
      assertThat(batch.records).allMatch(record -> record.seriesKey().equals(batch.key));
      assertThat(batch.origins).hasSameSizeAs(batch.records);
      long window = (batch.origins.get(0).position() - 1) / 10_000;
      assertThat(batch.origins).allMatch(o -> (o.position() - 1) / 10_000 == window);
    }
  }
}
