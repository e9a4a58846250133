package com.mdm.bootstrap;

import io.nats.client.Connection;
import io.nats.client.api.ConsumerInfo;

/**
 * What the JetStream server says about a durable consumer at one moment: messages not yet
 * delivered, delivered but unacknowledged, and the stream sequence below which all are
 * acknowledged.
 */
record ConsumerState(long pending, long ackPending, long ackFloorStreamSequence) {

  /** The state, or null while the server cannot be asked (restarting, say). */
  static ConsumerState of(Connection nats, String stream, String durable) {
    try {
      ConsumerInfo info = nats.jetStreamManagement().getConsumerInfo(stream, durable);
      return new ConsumerState(
          info.getNumPending(), info.getNumAckPending(), info.getAckFloor().getStreamSequence());
    } catch (Exception e) {
      return null;
    }
  }

  /** Nothing left to deliver and nothing waiting for an acknowledgement. */
  boolean settled() {
    return pending == 0 && ackPending == 0;
  }
}
