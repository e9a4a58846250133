package com.mdm.adapter.in.nats;

import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.ConsumerInfo;
import io.nats.client.api.DeliverPolicy;
import io.nats.client.api.RetentionPolicy;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import io.nats.client.api.StreamInfo;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds or creates the stream capturing the subject, and creates or updates the durable pull
 * consumer on it. Safe when several replicas of a new deployment do it at the same moment: a create
 * that loses the race reads what the winner made and goes on if it serves.
 */
final class JetStreamSetup {

  private static final Logger LOG = LoggerFactory.getLogger(JetStreamSetup.class);
  private static final int STREAM_NOT_FOUND = 10059;
  private static final int FILTER_NOT_SUBSET = 10093;

  private JetStreamSetup() {}

  /** Returns the name of the stream bound to. */
  static String ensureStream(JetStreamManagement management, NatsListenerSettings settings)
      throws IOException, JetStreamApiException {
    String bound = existing(management, settings);
    if (bound != null) {
      return bound;
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
    try {
      management.addStream(
          StreamConfiguration.builder()
              .name(settings.streamName())
              .subjects(subjects)
              .retentionPolicy(retention(settings.retention()))
              .maxAge(settings.streamMaxAge())
              .replicas(settings.streamReplicas())
              .storageType(StorageType.File)
              .build());
    } catch (JetStreamApiException e) {
      // another replica may have created it (or one capturing the subject) a moment ago
      String raced = existing(management, settings);
      if (raced == null) {
        throw e;
      }
      LOG.info("stream {} was created by another instance meanwhile; binding to it", raced);
      return raced;
    }
    LOG.info(
        "created JetStream stream {} for subjects {} with {} replica(s)",
        settings.streamName(),
        subjects,
        settings.streamReplicas());
    return settings.streamName();
  }

  /** The stream to bind to if one exists: the named one, else any capturing the subject. */
  private static String existing(JetStreamManagement management, NatsListenerSettings settings)
      throws IOException, JetStreamApiException {
    try {
      StreamInfo info = management.getStreamInfo(settings.streamName());
      List<String> captured = info.getConfiguration().getSubjects();
      if (!SubjectPattern.anyCaptures(captured, settings.subject())) {
        throw new IllegalStateException(notCapturing(management, settings, captured));
      }
      return settings.streamName();
    } catch (JetStreamApiException e) {
      if (e.getApiErrorCode() != STREAM_NOT_FOUND) {
        throw e;
      }
    }
    List<String> capturing = management.getStreamNames(settings.subject());
    if (capturing.isEmpty()) {
      return null;
    }
    LOG.info(
        "stream {} not found; binding to stream {} which captures {}",
        settings.streamName(),
        capturing.get(0),
        settings.subject());
    return capturing.get(0);
  }

  private static String notCapturing(
      JetStreamManagement management, NatsListenerSettings settings, List<String> captured)
      throws IOException, JetStreamApiException {
    List<String> others = management.getStreamNames(settings.subject());
    return "JetStream stream '"
        + settings.streamName()
        + "' captures "
        + captured
        + ", not the subject '"
        + settings.subject()
        + "' this service consumes. Set NATS_STREAM_NAME to "
        + (others.isEmpty()
            ? "a stream that captures it (none does yet: a new name makes this service create one"
                + " for NATS_STREAM_SUBJECTS)"
            : "one of the streams that capture it: " + others)
        + ", or set NATS_CONSUMER_SUBJECT to a subject that stream captures";
  }

  static void ensureConsumer(
      JetStreamManagement management, String stream, NatsListenerSettings settings)
      throws IOException, JetStreamApiException {
    ConsumerConfiguration wanted =
        ConsumerConfiguration.builder()
            .durable(settings.durableName())
            .filterSubject(settings.subject())
            .ackPolicy(AckPolicy.Explicit)
            .deliverPolicy(DeliverPolicy.All)
            .ackWait(settings.ackWait())
            .maxAckPending(settings.maxAckPending())
            .build();
    try {
      management.addOrUpdateConsumer(stream, wanted);
    } catch (JetStreamApiException e) {
      if (e.getApiErrorCode() == FILTER_NOT_SUBSET) {
        throw new IllegalStateException(
            "JetStream stream '"
                + stream
                + "' does not capture the subject '"
                + settings.subject()
                + "' (captures "
                + management.getStreamInfo(stream).getConfiguration().getSubjects()
                + "); set NATS_STREAM_NAME to a stream that captures it",
            e);
      }
      // another replica may have created or updated the same durable at the same moment
      ConsumerInfo present = management.getConsumerInfo(stream, settings.durableName());
      if (!settings.subject().equals(present.getConsumerConfiguration().getFilterSubject())) {
        throw e;
      }
      LOG.info("durable consumer {} was set up by another instance meanwhile", present.getName());
    }
  }

  private static RetentionPolicy retention(NatsListenerSettings.StreamRetention retention) {
    return switch (retention) {
      case LIMITS -> RetentionPolicy.Limits;
      case INTEREST -> RetentionPolicy.Interest;
      case WORK_QUEUE -> RetentionPolicy.WorkQueue;
    };
  }
}
