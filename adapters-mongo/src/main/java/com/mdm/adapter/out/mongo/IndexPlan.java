package com.mdm.adapter.out.mongo;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The indexes of a series collection. Every collection gets {@code {<time>: 1, _id: 1}}: ascending
 * series time, with {@code _id} so that records sharing a millisecond still come back in one
 * stable, index-backed order; the shared trades collection also gets {@code {type: 1, <time>: 1,
 * _id: 1}}. With a retention, a TTL index on {@code receivedAt} (partial on {@code type} in the
 * shared collection, so trades and aggregate trades keep their own retention).
 */
final class IndexPlan {

  static final String RECEIVED_AT = "receivedAt";

  private IndexPlan() {}

  static List<IndexModel> seriesIndexes(SeriesCodec<?> codec) {
    List<IndexModel> indexes = new ArrayList<>();
    indexes.add(new IndexModel(Indexes.ascending(codec.timeField(), "_id")));
    if (codec.typeTag() != null) {
      indexes.add(
          new IndexModel(Indexes.ascending(SeriesCodec.TYPE_FIELD, codec.timeField(), "_id")));
    }
    return List.copyOf(indexes);
  }

  static IndexModel ttlIndex(SeriesCodec<?> codec, Duration retention) {
    IndexOptions options =
        new IndexOptions()
            .name(ttlIndexName(codec))
            .expireAfter(retention.getSeconds(), TimeUnit.SECONDS);
    if (codec.typeTag() != null) {
      options.partialFilterExpression(codec.typeFilter());
    }
    return new IndexModel(Indexes.ascending(RECEIVED_AT), options);
  }

  static String ttlIndexName(SeriesCodec<?> codec) {
    return codec.typeTag() == null ? "receivedAt_ttl" : "receivedAt_ttl_" + codec.typeTag();
  }
}
