package com.mdm.bootstrap;

import java.time.Duration;

/** Where the running service takes market data from, started and stopped by the runtime. */
interface InboundFeed {

  /** Nothing comes in: an API-only replica, or an import run. */
  InboundFeed NONE =
      new InboundFeed() {
        @Override
        public void start() {}

        @Override
        public void stopReceiving() {}

        @Override
        public boolean awaitSettled(Duration timeout) {
          return true;
        }

        @Override
        public String describe() {
          return "no feed (INGEST_FEED=none)";
        }
      };

  void start() throws Exception;

  /** Takes nothing new; what was taken is still settled. */
  void stopReceiving();

  /** Waits until everything taken is stored (or handed back); false when the wait timed out. */
  boolean awaitSettled(Duration timeout) throws InterruptedException;

  String describe();
}
