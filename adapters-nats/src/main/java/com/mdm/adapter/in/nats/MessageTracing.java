package com.mdm.adapter.in.nats;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The one hook tracing has on the listener: it runs the handling of each message and sees the
 * future that completes once the message is settled. {@link #NONE}, the default, is skipped
 * altogether.
 */
@FunctionalInterface
public interface MessageTracing {

  /**
   * Runs {@code handling} for the message published to {@code subject} at stream {@code sequence}
   * (0 without JetStream) with the payload {@code data}; returns the future {@code handling} gave.
   * Must not throw.
   */
  CompletableFuture<Void> around(
      byte[] data, String subject, long sequence, Supplier<CompletableFuture<Void>> handling);

  /** No tracing: the handler calls straight through. */
  MessageTracing NONE = (data, subject, sequence, handling) -> handling.get();
}
