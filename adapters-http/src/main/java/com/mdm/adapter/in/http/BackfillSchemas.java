package com.mdm.adapter.in.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.BackfillDataType;
import java.util.Arrays;

/** The OpenAPI schemas of the two backfill request bodies: this service's and the original's. */
final class BackfillSchemas {

  static final String REQUEST = "BackfillJobRequest";
  static final String ORIGINAL_REQUEST = "OriginalBackfillRequest";

  private BackfillSchemas() {}

  static void addTo(ObjectNode schemas) {
    ObjectNode request = schemas.putObject(REQUEST).put("type", "object");
    request.putArray("required").add("pair").add("dataType").add("start").add("end");
    ObjectNode fields = request.putObject("properties");
    fields.putObject("pair").put("type", "string").put("example", "BTCUSDT");
    ArrayNode types = fields.putObject("dataType").put("type", "string").putArray("enum");
    Params.names(BackfillDataType.class).forEach(types::add);
    periods(fields.putObject("period"));
    fields.putObject("start").put("type", "string").put("description", "ISO-8601 or epoch ms");
    fields.putObject("end").put("type", "string").put("description", "ISO-8601 or epoch ms");
    fields.putObject("priority").put("type", "integer").put("default", 0);
    request.put("additionalProperties", false);

    ObjectNode original = schemas.putObject(ORIGINAL_REQUEST).put("type", "object");
    original.put(
        "description",
        "The original service's backfill body. data_type candles, trades (aggregate trades) or"
            + " funding, or this service's own names; priority 1 runs first, stored as 11 -"
            + " priority since this service runs the highest first");
    original.putArray("required").add("symbol").add("data_type").add("start_time").add("end_time");
    ObjectNode originalFields = original.putObject("properties");
    originalFields.putObject("symbol").put("type", "string").put("example", "BTCUSDT");
    ArrayNode originalTypes =
        originalFields.putObject("data_type").put("type", "string").putArray("enum");
    OriginalBackfillRequestBody.DATA_TYPES.keySet().forEach(originalTypes::add);
    periods(originalFields.putObject("timeframe"));
    String time =
        "ISO-8601 (no offset means UTC), or Unix time in seconds (up to 2e10) or milliseconds";
    for (String field : new String[] {"start_time", "end_time"}) {
      ObjectNode schema = originalFields.putObject(field).put("description", time);
      schema.putArray("type").add("string").add("number");
    }
    originalFields
        .putObject("priority")
        .put("type", "integer")
        .put("minimum", OriginalBackfillRequestBody.FIRST)
        .put("maximum", OriginalBackfillRequestBody.LAST)
        .put("default", OriginalBackfillRequestBody.DEFAULT_PRIORITY);
    original.put("additionalProperties", false);
  }

  private static void periods(ObjectNode field) {
    ArrayNode periods =
        field
            .put("type", "string")
            .put("description", "Required for candle types, not allowed otherwise")
            .putArray("enum");
    Arrays.stream(Timeframe.values()).map(Timeframe::code).forEach(periods::add);
  }
}
