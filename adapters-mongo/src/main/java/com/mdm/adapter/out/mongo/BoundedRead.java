package com.mdm.adapter.out.mongo;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import java.time.Duration;
import java.util.Objects;
import reactor.core.publisher.Mono;

/**
 * The guards of a series read: it waits a bounded time, failing with what took too long, and it
 * only reads series of the repository's own type.
 */
final class BoundedRead {

  private BoundedRead() {}

  static <R> R block(Mono<R> result, Duration limit, String what) {
    return result
        .timeout(
            limit, Mono.error(() -> new IllegalStateException(what + " took longer than " + limit)))
        .block();
  }

  static SeriesKey requireType(SeriesKey key, SeriesType type) {
    Objects.requireNonNull(key, "key must not be null");
    if (key.type() != type) {
      throw new IllegalArgumentException(
          "series " + key + " is of type " + key.type() + ", this repository stores " + type);
    }
    return key;
  }
}
