package com.mdm.adapter.in.nats;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the inbound listener consumes: the subject, the delivery mode, and for JetStream the stream
 * and durable consumer it binds to (creating them when allowed).
 *
 * @param deadLetterSubject where rejected messages go, with the reason in headers
 * @param streamSubjects subjects of a stream this service creates; empty for the consumed subject
 *     and the dead-letter subject
 * @param streamReplicas copies of a stream this service creates, one per JetStream cluster node
 * @param maxInFlight messages decoded but not yet acknowledged; reading pauses at this bound
 * @param readers threads pulling from the durable consumer, each decoding what it takes
 */
public record NatsListenerSettings(
    String subject,
    DeliveryMode mode,
    String deadLetterSubject,
    String streamName,
    List<String> streamSubjects,
    boolean createStream,
    StreamRetention retention,
    Duration streamMaxAge,
    int streamReplicas,
    String durableName,
    String queueGroup,
    Duration ackWait,
    int maxAckPending,
    int maxInFlight,
    int fetchBatchSize,
    int readers) {

  public NatsListenerSettings {
    Objects.requireNonNull(subject, "subject must not be null");
    Objects.requireNonNull(mode, "mode must not be null");
    Objects.requireNonNull(deadLetterSubject, "deadLetterSubject must not be null");
    Objects.requireNonNull(streamName, "streamName must not be null");
    streamSubjects = List.copyOf(Objects.requireNonNull(streamSubjects, "streamSubjects"));
    Objects.requireNonNull(retention, "retention must not be null");
    Objects.requireNonNull(streamMaxAge, "streamMaxAge must not be null");
    Objects.requireNonNull(durableName, "durableName must not be null");
    Objects.requireNonNull(ackWait, "ackWait must not be null");
    if (streamReplicas < 1 || streamReplicas > 5) {
      throw new IllegalArgumentException("streamReplicas must be 1 to 5, not " + streamReplicas);
    }
    if (maxInFlight < 1 || maxAckPending < 1 || fetchBatchSize < 1 || readers < 1) {
      throw new IllegalArgumentException(
          "maxInFlight, maxAckPending, fetchBatchSize and readers must be >= 1");
    }
  }

  /** These settings with {@code count} readers. */
  public NatsListenerSettings withReaders(int count) {
    return new NatsListenerSettings(
        subject,
        mode,
        deadLetterSubject,
        streamName,
        streamSubjects,
        createStream,
        retention,
        streamMaxAge,
        streamReplicas,
        durableName,
        queueGroup,
        ackWait,
        maxAckPending,
        maxInFlight,
        fetchBatchSize,
        count);
  }

  /** At-least-once from a JetStream durable consumer, or at-most-once from a core subscription. */
  public enum DeliveryMode {
    JETSTREAM,
    CORE
  }

  /** The stream's retention policy when this service creates it. */
  public enum StreamRetention {
    LIMITS,
    INTEREST,
    WORK_QUEUE
  }
}
