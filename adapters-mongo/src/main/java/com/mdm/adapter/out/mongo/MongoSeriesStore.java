package com.mdm.adapter.out.mongo;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.port.out.SeriesRepository;
import com.mdm.domain.port.out.SeriesStore;
import com.mongodb.reactivestreams.client.MongoDatabase;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@link SeriesStore} on one MongoDB database: a {@link MongoSeriesRepository} per series type,
 * each driven by the codec its mapper defines.
 */
public final class MongoSeriesStore implements SeriesStore {

  private final Map<SeriesType, MongoSeriesRepository<?>> repositories =
      new EnumMap<>(SeriesType.class);

  public MongoSeriesStore(MongoDatabase database, MongoStorageConfig config) {
    for (SeriesCodec<?> codec : codecs()) {
      repositories.put(codec.type(), new MongoSeriesRepository<>(database, config, codec));
    }
    for (SeriesType type : SeriesType.values()) {
      if (!repositories.containsKey(type)) {
        throw new IllegalStateException("no document codec for series type " + type);
      }
    }
  }

  /**
   * One codec per series type; its record type must be the type's {@link SeriesType#recordType}.
   */
  private static List<SeriesCodec<?>> codecs() {
    return List.of(
        TradeMapper.codec(),
        AggregateTradeMapper.codec(),
        CandleMapper.codec(),
        DepthMapper.codec(),
        MarkPriceMapper.codec(),
        FundingRateMapper.codec(),
        TickerMapper.codec(),
        BookTickerMapper.codec(),
        LiquidationMapper.codec(),
        MarkPriceCandleMapper.codec());
  }

  @Override
  public SeriesRepository<? extends MarketEvent> repository(SeriesType type) {
    return repositories.get(Objects.requireNonNull(type, "type must not be null"));
  }

  /**
   * Creates the indexes of the series' collection now, e.g. at start-up for configured symbols;
   * idempotent. Writes create them anyway before the first write to a collection.
   */
  public void ensureIndexes(SeriesKey key) {
    repositories.get(Objects.requireNonNull(key, "key must not be null").type()).ensureIndexes(key);
  }
}
