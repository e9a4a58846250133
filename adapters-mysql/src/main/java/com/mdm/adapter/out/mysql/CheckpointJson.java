package com.mdm.adapter.out.mysql;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.mdm.domain.metadata.BackfillCheckpoint;
import java.time.Instant;

/**
 * The JSON of a {@link BackfillCheckpoint} in {@code backfill_jobs.checkpoint}, nulls left out:
 * {@code {"time":1718654400000,"fromId":5001,"pages":12,"gapId":"g-42"}} (time in epoch millis).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CheckpointJson(Long time, Long fromId, long pages, String gapId) {

  /** The column's text; no checkpoint is NULL. */
  static String write(BackfillCheckpoint checkpoint) {
    if (checkpoint == null) {
      return null;
    }
    Instant time = checkpoint.time();
    return JsonColumns.write(
        new CheckpointJson(
            time == null ? null : time.toEpochMilli(),
            checkpoint.fromId(),
            checkpoint.pages(),
            checkpoint.gapId()));
  }

  /** The checkpoint in the column's text; NULL or blank is none. */
  static BackfillCheckpoint read(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    CheckpointJson json = JsonColumns.read(text, CheckpointJson.class);
    if (json.time == null) {
      // an id means nothing without the time it belongs to
      return new BackfillCheckpoint(null, null, json.pages, json.gapId);
    }
    return new BackfillCheckpoint(
        Instant.ofEpochMilli(json.time), json.fromId, json.pages, json.gapId);
  }
}
