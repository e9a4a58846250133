package com.mdm.application.service.marketdata;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.port.in.InvalidRequestException;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * A position in one query's results: after the record with series time {@code time} and tiebreak
 * {@code key}. Encoded as base64url text that callers treat as opaque; it names the dataset and the
 * order so that it cannot be replayed against another query.
 */
record PageCursor(String datasetId, SortOrder order, Instant time, String key) {

  private static final String VERSION = "1";
  private static final String SEPARATOR = "|";

  PageCursor {
    Objects.requireNonNull(datasetId, "datasetId must not be null");
    Objects.requireNonNull(order, "order must not be null");
    Objects.requireNonNull(time, "time must not be null");
    Objects.requireNonNull(key, "key must not be null");
  }

  static PageCursor after(String datasetId, SortOrder order, MarketEvent record) {
    return new PageCursor(datasetId, order, record.seriesTime(), Tiebreak.of(record));
  }

  String encode() {
    String text =
        String.join(
            SEPARATOR,
            VERSION,
            datasetId,
            order == SortOrder.ASCENDING ? "A" : "D",
            Long.toString(time.toEpochMilli()),
            key);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(UTF_8));
  }

  /**
   * Decodes a cursor given back by a caller for a query on {@code datasetId} in {@code order}.
   *
   * @throws InvalidRequestException naming {@code cursor} when it is malformed or was made for
   *     another dataset or order
   */
  static PageCursor decode(String encoded, String datasetId, SortOrder order) {
    String[] parts;
    try {
      parts = new String(Base64.getUrlDecoder().decode(encoded), UTF_8).split("\\|", 5);
    } catch (IllegalArgumentException e) {
      throw invalid("is not a cursor this service issued");
    }
    if (parts.length != 5 || !VERSION.equals(parts[0])) {
      throw invalid("is not a cursor this service issued");
    }
    if (!parts[1].equals(datasetId) || !parts[2].equals(order == SortOrder.ASCENDING ? "A" : "D")) {
      throw invalid("belongs to another query: pass the same pair, period, type and order");
    }
    try {
      return new PageCursor(
          datasetId, order, Instant.ofEpochMilli(Long.parseLong(parts[3])), parts[4]);
    } catch (NumberFormatException e) {
      throw invalid("is not a cursor this service issued");
    }
  }

  private static InvalidRequestException invalid(String reason) {
    return new InvalidRequestException("cursor", "cursor " + reason);
  }
}
