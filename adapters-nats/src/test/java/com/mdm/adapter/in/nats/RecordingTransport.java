package com.mdm.adapter.in.nats;

import io.nats.client.impl.Headers;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** A dead-letter transport that keeps what it was sent, or fails as told. */
final class RecordingTransport implements DeadLetterTransport {

  /** One dead letter as it would have gone out. */
  record Sent(String subject, Headers headers, byte[] body) {
    String header(String name) {
      return headers.getFirst(name);
    }
  }

  enum Mode {
    SEND,
    FAIL_LATER,
    THROW
  }

  final List<Sent> sent = new CopyOnWriteArrayList<>();
  volatile Mode mode = Mode.SEND;
  volatile long maxPayload = Long.MAX_VALUE;

  @Override
  public long maxPayload() {
    return maxPayload;
  }

  @Override
  public CompletableFuture<Void> send(String subject, Headers headers, byte[] body) {
    return switch (mode) {
      case SEND -> {
        sent.add(new Sent(subject, headers, body));
        yield CompletableFuture.completedFuture(null);
      }
      case FAIL_LATER -> CompletableFuture.failedFuture(new IOException("no JetStream ack"));
      case THROW -> throw new IllegalStateException("connection is closed");
    };
  }
}
