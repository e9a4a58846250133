package com.mdm.adapter.in.nats;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A delivery that records how it was settled, for the handler's unit tests. */
class RecordingDelivery implements Delivery {

  private final byte[] data;
  private final long deliveredCount;
  private final RuntimeException settleFailure;
  final List<String> settlements = new ArrayList<>();
  volatile Duration retryDelay;

  RecordingDelivery(byte[] data, long deliveredCount, RuntimeException settleFailure) {
    this.data = data;
    this.deliveredCount = deliveredCount;
    this.settleFailure = settleFailure;
  }

  RecordingDelivery(byte[] data) {
    this(data, 1, null);
  }

  @Override
  public byte[] data() {
    return data;
  }

  @Override
  public String subject() {
    return "test.subject";
  }

  @Override
  public long sequence() {
    return 42;
  }

  @Override
  public long deliveredCount() {
    return deliveredCount;
  }

  @Override
  public synchronized void ack() {
    record("ack");
  }

  @Override
  public synchronized void retry(Duration delay) {
    retryDelay = delay;
    record("retry");
  }

  @Override
  public synchronized void reject() {
    record("reject");
  }

  synchronized List<String> settlements() {
    return List.copyOf(settlements);
  }

  private void record(String what) {
    settlements.add(what);
    if (settleFailure != null) {
      throw settleFailure;
    }
  }
}
