package com.mdm.adapter.in.nats;

import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.impl.Headers;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Publishes the original bytes of a rejected message to the dead-letter subject, with the reasons
 * in headers. When a stream captures that subject the publish is acknowledged by JetStream;
 * otherwise it is a core publish, kept only by whoever subscribes.
 */
final class DeadLetterPublisher {

  static final String REASON_HEADER = "Mdm-Reject-Reason";
  static final String DETAIL_HEADER = "Mdm-Reject-Detail";
  static final String SOURCE_HEADER = "Mdm-Source-Subject";
  private static final int MAX_HEADER_CHARS = 1024;

  private final Connection connection;
  private final JetStream jetStream;
  private final String subject;
  private final String sourceSubject;
  private volatile Boolean captured;

  /**
   * @param jetStream null to publish with core NATS
   */
  DeadLetterPublisher(
      Connection connection, JetStream jetStream, String subject, String sourceSubject) {
    this.connection = connection;
    this.jetStream = jetStream;
    this.subject = subject;
    this.sourceSubject = sourceSubject;
  }

  CompletableFuture<Void> publish(byte[] original, List<Rejection> rejections) {
    Headers headers = new Headers();
    headers.add(
        REASON_HEADER,
        rejections.stream()
            .map(r -> r.reason().code())
            .distinct()
            .collect(Collectors.joining(",")));
    headers.add(DETAIL_HEADER, headerSafe(rejections.get(0).detail()));
    headers.add(SOURCE_HEADER, sourceSubject);
    if (jetStream == null || !captured()) {
      connection.publish(subject, headers, original);
      return CompletableFuture.completedFuture(null);
    }
    try {
      return jetStream.publishAsync(subject, headers, original).thenApply(ack -> null);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(new IOException("dead-letter publish failed", e));
    }
  }

  /** Whether a stream captures the dead-letter subject, so a JetStream publish can succeed. */
  private boolean captured() {
    if (captured == null) {
      try {
        captured = !connection.jetStreamManagement().getStreamNames(subject).isEmpty();
      } catch (IOException | JetStreamApiException e) {
        return false;
      }
    }
    return captured;
  }

  private static String headerSafe(String detail) {
    String oneLine = detail == null ? "" : detail.replaceAll("[\\r\\n]+", " ");
    return oneLine.length() > MAX_HEADER_CHARS ? oneLine.substring(0, MAX_HEADER_CHARS) : oneLine;
  }
}
