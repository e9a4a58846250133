package com.mdm.adapter.in.nats;

import java.time.Duration;

/** An inbound listener the bootstrap starts and stops. */
public interface MarketEventListener {

  /** Starts consuming; fails with a clear message when the subscription cannot be made. */
  void start() throws Exception;

  /** Stops taking new messages; messages already taken go on to completion. */
  void stopReceiving();

  /** Waits until every message taken so far has been settled; false on timeout. */
  boolean awaitSettled(Duration timeout) throws InterruptedException;

  /** A short description for the log, e.g. the mode, subject and stream. */
  String describe();
}
