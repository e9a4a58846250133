package com.mdm.adapter.in.nats;

import com.mdm.decoder.binance.Rejection;
import io.nats.client.impl.Headers;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Publishes the original bytes of a rejected message, untouched, to the dead-letter subject with
 * the reasons in headers made safe for NATS. A message too close to the server's payload limit to
 * carry the headers too goes out cut to fit, with its full length in {@code Mdm-Original-Bytes}
 * (else it could never be dead-lettered and would be redelivered for ever). A transport failure
 * fails the returned future; only a defect in building the dead letter throws.
 */
final class DeadLetterPublisher {

  static final String ORIGINAL_BYTES_HEADER = "Mdm-Original-Bytes";
  private static final int ROOM = 64;

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
    byte[] body = original;
    // the headers count against the limit too, with room for the one added here
    long room = transport.maxPayload() - headers.serializedLength() - ROOM;
    if (original.length > room) {
      headers.add(ORIGINAL_BYTES_HEADER, Integer.toString(original.length));
      body = Arrays.copyOf(original, (int) Math.max(0, room));
    }
    try {
      return transport.send(subject, headers, body);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
