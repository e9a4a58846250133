package com.mdm.adapter.in.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.BackfillDataType;
import com.mdm.domain.port.in.BackfillRequest;
import com.mdm.domain.port.in.InvalidRequestException;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the original service's body of {@code POST /backfill/start} ({@code symbol}, {@code
 * data_type}, {@code timeframe}, {@code start_time}, {@code end_time}, {@code priority}) into a
 * {@link BackfillRequest}, naming the field as that body does whenever one is missing or wrong.
 */
final class OriginalBackfillRequestBody {

  static final List<String> FIELDS =
      List.of("symbol", "data_type", "timeframe", "start_time", "end_time", "priority");

  /** The field of each {@link BackfillRequest} component. */
  static final Map<String, String> NAMES =
      Map.of(
          "symbol", "symbol",
          "dataType", "data_type",
          "timeframe", "timeframe",
          "startTime", "start_time",
          "endTime", "end_time",
          "priority", "priority");

  /** The original's data types, then this service's own names. */
  static final Map<String, BackfillDataType> DATA_TYPES = dataTypes();

  // the original's priorities run from 1 (first) to 10 (last), 5 by default
  static final int FIRST = 1;
  static final int LAST = 10;
  static final int DEFAULT_PRIORITY = 5;

  private OriginalBackfillRequestBody() {}

  static BackfillRequest parse(byte[] bytes) {
    try {
      return read(bytes);
    } catch (InvalidRequestException e) {
      throw new InvalidFieldException(e.parameter(), e.getMessage());
    }
  }

  /**
   * This service runs the highest priority first, so the original's 1 (first) to 10 (last) become
   * 10 to 1: the original's default 5 runs as 6, ahead of the gap repairs' default 0.
   */
  static int priority(int original) {
    return LAST + FIRST - original;
  }

  private static BackfillRequest read(byte[] bytes) {
    JsonNode body = JsonBody.object(bytes, FIELDS);
    Symbol symbol = Params.symbol("symbol", JsonBody.text(body, "symbol", true));
    String typeName = JsonBody.text(body, "data_type", true);
    BackfillDataType dataType = DATA_TYPES.get(typeName.toLowerCase(Locale.ROOT));
    if (dataType == null) {
      throw new InvalidRequestException(
          "data_type",
          "data_type '"
              + Params.abbreviate(typeName)
              + "' is invalid: expected one of "
              + DATA_TYPES.keySet());
    }
    String code = JsonBody.text(body, "timeframe", false);
    Timeframe timeframe = code == null ? null : Params.timeframe("timeframe", code);
    BackfillRequestBody.requirePeriodFor(dataType, timeframe, "timeframe", "data_type " + typeName);
    Instant start = OriginalTime.of("start_time", JsonBody.value(body, "start_time", true));
    Instant end = OriginalTime.of("end_time", JsonBody.value(body, "end_time", true));
    if (!end.isAfter(start)) {
      throw new InvalidRequestException(
          "end_time", "end_time " + end + " must be after start_time " + start);
    }
    int priority = JsonBody.integer(body, "priority", DEFAULT_PRIORITY);
    if (priority < FIRST || priority > LAST) {
      throw new InvalidRequestException(
          "priority",
          "priority must be from " + FIRST + " (first) to " + LAST + " (last) but was " + priority);
    }
    return new BackfillRequest(symbol, dataType, timeframe, start, end, priority(priority));
  }

  private static Map<String, BackfillDataType> dataTypes() {
    Map<String, BackfillDataType> types = new LinkedHashMap<>();
    types.put("candles", BackfillDataType.CANDLES);
    // Binance serves trades by time only as aggregate trades
    types.put("trades", BackfillDataType.AGG_TRADES);
    types.put("funding", BackfillDataType.FUNDING_RATES);
    for (BackfillDataType type : BackfillDataType.values()) {
      types.putIfAbsent(MetadataJson.lower(type), type);
    }
    return Collections.unmodifiableMap(types);
  }
}
