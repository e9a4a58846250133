package com.mdm.adapter.out.mysql;

import java.time.Instant;

/** One row of {@code capture_minutes} (public only so that Jdbi can map it). */
public record CaptureMinuteRow(
    String subject, Instant minuteStart, long received, long deadLettered) {}
