package com.mdm.adapter.in.nats;

import io.nats.client.impl.Headers;
import java.util.concurrent.CompletableFuture;

/**
 * Sends a dead letter; the seam between deciding what a dead letter says and the NATS connection
 * that carries it. A failure to send is a transport failure: the future fails, it never throws.
 */
interface DeadLetterTransport {

  CompletableFuture<Void> send(String subject, Headers headers, byte[] body);

  /** The largest message, headers and body together, the transport can carry. */
  default long maxPayload() {
    return Long.MAX_VALUE;
  }
}
