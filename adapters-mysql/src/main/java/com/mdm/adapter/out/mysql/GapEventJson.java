package com.mdm.adapter.out.mysql;

import com.mdm.domain.metadata.GapEvent;
import com.mdm.domain.metadata.GapStatus;
import com.mdm.domain.metadata.Severity;
import java.time.Instant;
import java.util.Locale;

/**
 * The JSON of a {@link GapEvent} in {@code audit_logs.details}: the event in lower case, the gap as
 * it was then, and its {@link GapDetailsJson} under {@code gap}.
 */
record GapEventJson(
    String event,
    String gapId,
    String dataset,
    GapStatus status,
    String start,
    String end,
    double durationSeconds,
    long expectedMissing,
    Severity severity,
    GapDetailsJson gap) {

  static String write(GapEvent event) {
    return JsonColumns.write(
        new GapEventJson(
            event.type().name().toLowerCase(Locale.ROOT),
            event.gapId(),
            event.datasetId(),
            event.status(),
            event.start().toString(),
            event.end().toString(),
            GapDetailsJson.seconds(event.duration()),
            event.expectedMissing(),
            event.severity(),
            GapDetailsJson.of(event.gap())));
  }

  static GapEvent read(String text) {
    GapEventJson json = JsonColumns.read(text, GapEventJson.class);
    return new GapEvent(
        GapEvent.Type.valueOf(json.event.toUpperCase(Locale.ROOT)),
        json.gapId,
        json.dataset,
        json.status,
        Instant.parse(json.start),
        Instant.parse(json.end),
        json.expectedMissing,
        json.severity,
        json.gap.toDomain());
  }
}
