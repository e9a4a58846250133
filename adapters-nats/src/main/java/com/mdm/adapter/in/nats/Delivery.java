package com.mdm.adapter.in.nats;

import java.time.Duration;

/** One received message and what can be done with it once handled. */
interface Delivery {

  byte[] data();

  /** The subject it was published to. */
  String subject();

  /** Its position in the stream, 0 where there is none. */
  long sequence();

  /** How many times this message has been delivered, 1 the first time. */
  long deliveredCount();

  /** Everything it carried is stored: do not deliver it again. */
  void ack();

  /** It could not be stored now: deliver it again after {@code delay}. */
  void retry(Duration delay);

  /** It can never be stored and was dead-lettered: do not deliver it again. */
  void reject();
}
