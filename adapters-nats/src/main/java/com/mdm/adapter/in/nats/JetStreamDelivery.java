package com.mdm.adapter.in.nats;

import io.nats.client.Message;
import io.nats.client.impl.NatsJetStreamMetaData;
import java.time.Duration;

/**
 * A JetStream message: acknowledged, handed back with a delay, or terminated. Its metadata is
 * parsed from the reply subject once, on first use.
 */
final class JetStreamDelivery implements Delivery {

  private final Message message;
  private NatsJetStreamMetaData metaData;

  JetStreamDelivery(Message message) {
    this.message = message;
  }

  private NatsJetStreamMetaData metaData() {
    if (metaData == null) {
      metaData = message.metaData();
    }
    return metaData;
  }

  long pendingCount() {
    return metaData().pendingCount();
  }

  @Override
  public byte[] data() {
    return message.getData() == null ? new byte[0] : message.getData();
  }

  @Override
  public String subject() {
    return message.getSubject();
  }

  @Override
  public long sequence() {
    return metaData().streamSequence();
  }

  @Override
  public long deliveredCount() {
    return metaData().deliveredCount();
  }

  @Override
  public void ack() {
    message.ack();
  }

  @Override
  public void retry(Duration delay) {
    message.nakWithDelay(delay);
  }

  @Override
  public void reject() {
    message.term();
  }
}
