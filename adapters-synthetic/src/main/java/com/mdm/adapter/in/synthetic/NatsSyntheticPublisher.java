package com.mdm.adapter.in.synthetic;

import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Publishes each frame to one NATS subject, as the producer does: with core NATS (fire and forget),
 * or with JetStream, waiting for the stream's acknowledgement of each message. Failures surface as
 * unchecked exceptions naming the subject.
 */
public final class NatsSyntheticPublisher implements Consumer<byte[]> {

  private final Connection connection;
  private final JetStream jetStream;
  private final String subject;

  private NatsSyntheticPublisher(Connection connection, JetStream jetStream, String subject) {
    this.connection = connection;
    this.jetStream = jetStream;
    this.subject = subject;
  }

  /** Core NATS publishing, for a listener on a plain subscription or a stream capturing it. */
  public static NatsSyntheticPublisher core(Connection connection, String subject) {
    return new NatsSyntheticPublisher(
        Objects.requireNonNull(connection, "connection must not be null"), null, valid(subject));
  }

  /** JetStream publishing; a stream must capture {@code subject}, or every publish fails. */
  public static NatsSyntheticPublisher jetStream(Connection connection, String subject) {
    Objects.requireNonNull(connection, "connection must not be null");
    try {
      return new NatsSyntheticPublisher(connection, connection.jetStream(), valid(subject));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open a JetStream context on the connection", e);
    }
  }

  @Override
  public void accept(byte[] message) {
    if (jetStream == null) {
      connection.publish(subject, message);
      return;
    }
    try {
      jetStream.publish(subject, message);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot publish to JetStream subject " + subject, e);
    } catch (JetStreamApiException e) {
      throw new IllegalStateException(
          "JetStream refused a message on subject " + subject + ": " + e.getMessage(), e);
    }
  }

  public String subject() {
    return subject;
  }

  private static String valid(String subject) {
    Objects.requireNonNull(subject, "subject must not be null");
    if (subject.isBlank()
        || subject.chars().anyMatch(Character::isWhitespace)
        || subject.contains("*")
        || subject.contains(">")) {
      throw new IllegalArgumentException(
          "subject must be a NATS subject without spaces or wildcards (e.g."
              + " binance.futures.websocket.data) but was '"
              + subject
              + "'");
    }
    return subject;
  }
}
