package com.mdm.adapter.in.nats;

import com.mdm.decoder.binance.Rejection;
import io.nats.client.impl.Headers;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Publishes the original bytes of a rejected message, untouched, to the dead-letter subject with
 * the reasons in headers made safe for NATS. A transport failure fails the returned future; only a
 * defect in building the dead letter throws.
 */
final class DeadLetterPublisher {

  private final DeadLetterTransport transport;
  private final String subject;
  private final String sourceSubject;

  DeadLetterPublisher(DeadLetterTransport transport, String subject, String sourceSubject) {
    this.transport = transport;
    this.subject = subject;
    this.sourceSubject = sourceSubject;
  }

  CompletableFuture<Void> publish(byte[] original, List<Rejection> rejections) {
    Headers headers = DeadLetterHeaders.of(rejections, sourceSubject);
    try {
      return transport.send(subject, headers, original);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
