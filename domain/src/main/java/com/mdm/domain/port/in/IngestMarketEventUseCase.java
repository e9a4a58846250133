package com.mdm.domain.port.in;

import java.util.concurrent.CompletableFuture;

/** Stores decoded market events; the future completes once every event is durably written. */
public interface IngestMarketEventUseCase {

  /**
   * Stores the events of one inbound message and accounts for what was rejected from it. The
   * returned future completes normally only when every one of them is durably stored (or was stored
   * already), so the caller may then acknowledge the message; it completes exceptionally when any
   * could not be stored, and the caller must then let the message be redelivered.
   */
  CompletableFuture<Void> ingest(IngestCommand command);

  /**
   * Starts writing whatever is buffered now rather than when its batch is full or its delay runs
   * out: a hint from a caller that can take no more messages until some of those handed over are
   * stored, so that waiting out the delay would only leave the store idle. Changes nothing about
   * when a future completes: still only once its events are stored. Does nothing by default.
   */
  default void writeBuffered() {}
}
