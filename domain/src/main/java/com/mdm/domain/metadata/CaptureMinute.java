package com.mdm.domain.metadata;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What the service received on one subject in one UTC minute: messages handed to ingest and
 * messages (or events) dead-lettered.
 *
 * @param minute the minute's start, whole minutes
 */
public record CaptureMinute(String subject, Instant minute, long received, long deadLettered) {

  public CaptureMinute {
    Objects.requireNonNull(subject, "subject must not be null");
    Objects.requireNonNull(minute, "minute must not be null");
    if (!minute.truncatedTo(ChronoUnit.MINUTES).equals(minute)) {
      throw new IllegalArgumentException("minute must be a whole minute but was " + minute);
    }
    if (received < 0 || deadLettered < 0) {
      throw new IllegalArgumentException(
          "received and deadLettered must be >= 0 but were " + received + ", " + deadLettered);
    }
  }
}
