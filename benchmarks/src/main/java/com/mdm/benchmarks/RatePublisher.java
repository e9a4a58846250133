package com.mdm.benchmarks;

import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.api.PublishAck;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;

/**
 * Publishes messages at a fixed rate (each at its slot, not in bursts) and remembers when each
 * stream sequence was published, in epoch milliseconds.
 */
final class RatePublisher {

  private RatePublisher() {}

  /** Returns publish times indexed by stream sequence (0 where nothing of these was published). */
  static long[] publish(Connection nats, String subject, List<byte[]> messages, int perSecond)
      throws java.io.IOException {
    long[] published = new long[messages.size()];
    List<CompletableFuture<PublishAck>> acks = new ArrayList<>(messages.size());
    // one context for all: jnats parses the server's version anew for each jetStream() call
    JetStream jetStream = nats.jetStream();
    long start = System.nanoTime();
    for (int i = 0; i < messages.size(); i++) {
      long slot = start + (long) (i * (1e9 / perSecond));
      long wait;
      while ((wait = slot - System.nanoTime()) > 0) {
        LockSupport.parkNanos(Math.min(wait, 200_000));
      }
      published[i] = System.currentTimeMillis();
      acks.add(jetStream.publishAsync(subject, messages.get(i)));
    }
    long[] sequences = new long[acks.size()];
    long last = 0;
    for (int i = 0; i < acks.size(); i++) {
      sequences[i] = acks.get(i).join().getSeqno();
      last = Math.max(last, sequences[i]);
    }
    long[] bySequence = new long[(int) last + 1];
    for (int i = 0; i < sequences.length; i++) {
      bySequence[(int) sequences[i]] = published[i];
    }
    return bySequence;
  }
}
