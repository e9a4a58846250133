package com.mdm.adapter.in.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.BackfillDataType;
import com.mdm.domain.port.in.BackfillRequest;
import com.mdm.domain.port.in.InvalidRequestException;
import java.io.IOException;
import java.time.Instant;
import java.util.Iterator;
import java.util.Set;

/**
 * Reads the JSON body of {@code POST /backfill/jobs} into a {@link BackfillRequest}, naming the
 * field whenever one is missing or wrong.
 */
final class BackfillRequestBody {

  static final Set<String> FIELDS =
      Set.of("pair", "dataType", "period", "start", "end", "priority");

  private BackfillRequestBody() {}

  static BackfillRequest parse(byte[] bytes) {
    JsonNode body;
    try {
      body = Json.MAPPER.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new InvalidRequestException("body", "the body is not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InvalidRequestException("body", "the body could not be read: " + e.getMessage());
    }
    if (body == null || !body.isObject()) {
      throw new InvalidRequestException("body", "the body must be a JSON object");
    }
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new InvalidRequestException(
            name, "unknown field '" + Params.abbreviate(name) + "': expected " + FIELDS);
      }
    }
    Symbol pair = Params.symbol("pair", text(body, "pair", true));
    BackfillDataType dataType =
        Params.choice("dataType", text(body, "dataType", true), BackfillDataType.class);
    String periodCode = text(body, "period", false);
    Timeframe period = periodCode == null ? null : Params.timeframe("period", periodCode);
    boolean candles =
        dataType == BackfillDataType.CANDLES || dataType == BackfillDataType.MARK_PRICE_CANDLES;
    if (candles && period == null) {
      throw new InvalidRequestException(
          "period", "period is required for dataType " + lower(dataType));
    }
    if (!candles && period != null) {
      throw new InvalidRequestException(
          "period", "period is not allowed for dataType " + lower(dataType));
    }
    Instant start = time(body, "start");
    Instant end = time(body, "end");
    if (!end.isAfter(start)) {
      throw new InvalidRequestException("end", "end " + end + " must be after start " + start);
    }
    return new BackfillRequest(pair, dataType, period, start, end, priority(body));
  }

  private static String text(JsonNode body, String field, boolean required) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw new InvalidRequestException(field, field + " is required");
      }
      return null;
    }
    if (!value.isTextual()) {
      throw new InvalidRequestException(field, field + " must be a string");
    }
    return value.asText();
  }

  private static Instant time(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value != null && value.isIntegralNumber()) {
      return Params.time(field, value.asText());
    }
    return Params.time(field, text(body, field, true));
  }

  private static int priority(JsonNode body) {
    JsonNode value = body.get("priority");
    if (value == null || value.isNull()) {
      return 0;
    }
    if (!value.isInt()) {
      throw new InvalidRequestException("priority", "priority must be a whole number");
    }
    return value.asInt();
  }

  private static String lower(BackfillDataType type) {
    return MetadataJson.lower(type);
  }
}
