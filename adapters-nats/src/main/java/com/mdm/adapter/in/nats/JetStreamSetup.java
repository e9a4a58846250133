package com.mdm.adapter.in.nats;

import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.DeliverPolicy;
import io.nats.client.api.RetentionPolicy;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds or creates the stream capturing the subject, and creates or updates the durable pull
 * consumer on it.
 */
final class JetStreamSetup {

  private static final Logger LOG = LoggerFactory.getLogger(JetStreamSetup.class);
  private static final int STREAM_NOT_FOUND = 10059;

  private JetStreamSetup() {}

  /** Returns the name of the stream bound to. */
  static String ensureStream(JetStreamManagement management, NatsListenerSettings settings)
      throws IOException, JetStreamApiException {
    try {
      management.getStreamInfo(settings.streamName());
      return settings.streamName();
    } catch (JetStreamApiException e) {
      if (e.getApiErrorCode() != STREAM_NOT_FOUND) {
        throw e;
      }
    }
    List<String> capturing = management.getStreamNames(settings.subject());
    if (!capturing.isEmpty()) {
      LOG.info(
          "stream {} not found; binding to stream {} which captures {}",
          settings.streamName(),
          capturing.get(0),
          settings.subject());
      return capturing.get(0);
    }
    if (!settings.createStream()) {
      throw new IllegalStateException(
          "JetStream stream '"
              + settings.streamName()
              + "' does not exist and no stream captures '"
              + settings.subject()
              + "'; create one or set NATS_STREAM_CREATE=true");
    }
    List<String> subjects =
        !settings.streamSubjects().isEmpty()
            ? settings.streamSubjects()
            : management.getStreamNames(settings.deadLetterSubject()).isEmpty()
                ? List.of(settings.subject(), settings.deadLetterSubject())
                : List.of(settings.subject());
    management.addStream(
        StreamConfiguration.builder()
            .name(settings.streamName())
            .subjects(subjects)
            .retentionPolicy(retention(settings.retention()))
            .maxAge(settings.streamMaxAge())
            .storageType(StorageType.File)
            .build());
    LOG.info("created JetStream stream {} for subjects {}", settings.streamName(), subjects);
    return settings.streamName();
  }

  static void ensureConsumer(
      JetStreamManagement management, String stream, NatsListenerSettings settings)
      throws IOException, JetStreamApiException {
    management.addOrUpdateConsumer(
        stream,
        ConsumerConfiguration.builder()
            .durable(settings.durableName())
            .filterSubject(settings.subject())
            .ackPolicy(AckPolicy.Explicit)
            .deliverPolicy(DeliverPolicy.All)
            .ackWait(settings.ackWait())
            .maxAckPending(settings.maxAckPending())
            .build());
  }

  private static RetentionPolicy retention(NatsListenerSettings.StreamRetention retention) {
    return switch (retention) {
      case LIMITS -> RetentionPolicy.Limits;
      case INTEREST -> RetentionPolicy.Interest;
      case WORK_QUEUE -> RetentionPolicy.WorkQueue;
    };
  }
}
