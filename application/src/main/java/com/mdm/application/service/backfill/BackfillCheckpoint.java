package com.mdm.application.service.backfill;

import com.mdm.domain.port.out.HistoryCursor;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a job stores after every page, as flat JSON in its checkpoint column: where the next page
 * starts, how many pages were fetched, and the gap it repairs (auto-repair jobs only), e.g. {@code
 * {"time":1718654400000,"fromId":5001,"pages":12,"gapId":"g-42"}}.
 *
 * @param cursor null before the first page (the job starts at its start time)
 * @param gapId the repaired gap's id, kept from creation to the end; null for requested jobs
 */
record BackfillCheckpoint(HistoryCursor cursor, long pages, String gapId) {

  static final BackfillCheckpoint NONE = new BackfillCheckpoint(null, 0, null);

  static BackfillCheckpoint forGap(String gapId) {
    return new BackfillCheckpoint(null, 0, gapId);
  }

  /** The checkpoint a job carries; null or blank is {@link #NONE}. */
  static BackfillCheckpoint parse(String stored) {
    if (stored == null || stored.isBlank()) {
      return NONE;
    }
    try {
      Map<String, String> fields = FlatJson.read(stored);
      String time = fields.get("time");
      String fromId = fields.get("fromId");
      HistoryCursor cursor =
          time == null
              ? null
              : new HistoryCursor(
                  Instant.ofEpochMilli(Long.parseLong(time)),
                  fromId == null ? null : Long.parseLong(fromId));
      return new BackfillCheckpoint(
          cursor, Long.parseLong(fields.getOrDefault("pages", "0")), fields.get("gapId"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "checkpoint '" + stored + "' is unreadable: " + e.getMessage(), e);
    }
  }

  BackfillCheckpoint after(HistoryCursor next) {
    return new BackfillCheckpoint(next, pages + 1, gapId);
  }

  String encode() {
    Map<String, Object> fields = new LinkedHashMap<>();
    if (cursor != null) {
      fields.put("time", cursor.time().toEpochMilli());
      fields.put("fromId", cursor.fromId());
    }
    fields.put("pages", pages);
    fields.put("gapId", gapId);
    return FlatJson.write(fields);
  }
}
