package com.mdm.adapter.in.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.BackfillDataType;
import com.mdm.domain.port.in.BackfillRequest;
import com.mdm.domain.port.in.InvalidRequestException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON body of {@code POST /backfill/jobs} into a {@link BackfillRequest}, naming the
 * field whenever one is missing or wrong.
 */
final class BackfillRequestBody {

  static final List<String> FIELDS =
      List.of("pair", "dataType", "period", "start", "end", "priority");

  /** The field of each {@link BackfillRequest} component. */
  static final Map<String, String> NAMES =
      Map.of(
          "symbol", "pair",
          "dataType", "dataType",
          "timeframe", "period",
          "startTime", "start",
          "endTime", "end",
          "priority", "priority");

  private BackfillRequestBody() {}

  static BackfillRequest parse(byte[] bytes) {
    JsonNode body = JsonBody.object(bytes, FIELDS);
    Symbol pair = Params.symbol("pair", JsonBody.text(body, "pair", true));
    BackfillDataType dataType =
        Params.choice("dataType", JsonBody.text(body, "dataType", true), BackfillDataType.class);
    String periodCode = JsonBody.text(body, "period", false);
    Timeframe period = periodCode == null ? null : Params.timeframe("period", periodCode);
    requirePeriodFor(dataType, period, "period", "dataType " + MetadataJson.lower(dataType));
    Instant start = time(body, "start");
    Instant end = time(body, "end");
    if (!end.isAfter(start)) {
      throw new InvalidRequestException("end", "end " + end + " must be after start " + start);
    }
    return new BackfillRequest(
        pair, dataType, period, start, end, JsonBody.integer(body, "priority", 0));
  }

  /**
   * A period is required for the candle types and refused for the others.
   *
   * @param type how the body named the data type, e.g. {@code dataType candles}
   */
  static void requirePeriodFor(
      BackfillDataType dataType, Timeframe period, String field, String type) {
    boolean candles = dataType.requiresTimeframe();
    if (candles && period == null) {
      throw new InvalidRequestException(field, field + " is required for " + type);
    }
    if (!candles && period != null) {
      throw new InvalidRequestException(field, field + " is not allowed for " + type);
    }
  }

  private static Instant time(JsonNode body, String field) {
    JsonNode value = JsonBody.value(body, field, true);
    if (value.isIntegralNumber()) {
      return Params.time(field, value.asText());
    }
    return Params.time(field, JsonBody.text(body, field, true));
  }
}
