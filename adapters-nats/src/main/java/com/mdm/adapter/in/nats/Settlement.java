package com.mdm.adapter.in.nats;

import com.mdm.decoder.binance.DecodeResult;
import com.mdm.decoder.binance.RejectReason;
import com.mdm.decoder.binance.Rejection;
import java.time.Duration;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles a handled delivery: acknowledged when what it carried is stored, terminated when it was
 * only dead letters, handed back with backoff when storing or dead-lettering failed. Never throws:
 * a failure to settle leaves the message to JetStream's redelivery.
 */
final class Settlement {

  private static final Logger LOG = LoggerFactory.getLogger(Settlement.class);

  private final ListenerMetrics metrics;

  Settlement(ListenerMetrics metrics) {
    this.metrics = metrics;
  }

  void settle(Delivery delivery, DecodeResult result, Throwable error) {
    try {
      if (error != null) {
        retry(delivery, "storing or dead-lettering a message failed", error);
        return;
      }
      for (Rejection rejection : result.rejections()) {
        metrics.deadLettered(rejection.reason());
      }
      if (result.events().isEmpty()) {
        delivery.reject();
      } else {
        delivery.ack();
        metrics.acknowledged(result.events().size());
      }
    } catch (Throwable e) {
      LOG.warn("settling a message failed; it will be redelivered: {}", rootMessage(e));
    }
  }

  /** After an unexpected failure was (or could not be) dead-lettered as {@code internal_error}. */
  void settleInternalError(Delivery delivery, String incident, Throwable error) {
    try {
      if (error == null) {
        metrics.deadLettered(RejectReason.INTERNAL_ERROR);
        delivery.reject();
      } else if (delivery.deliveredCount() < MessageHandler.MAX_INTERNAL_ERROR_DELIVERIES) {
        retry(delivery, "incident " + incident + ": dead-lettering a message failed", error);
      } else {
        LOG.error(
            "incident {}: a message from {} could be neither handled nor dead-lettered in {}"
                + " deliveries; it is terminated. Its bytes, base64: {}",
            incident,
            delivery.subject(),
            delivery.deliveredCount(),
            base64(delivery));
        metrics.deadLettered(RejectReason.INTERNAL_ERROR);
        delivery.reject();
      }
    } catch (Throwable e) {
      LOG.warn("incident {}: settling a message failed: {}", incident, rootMessage(e));
    }
  }

  private void retry(Delivery delivery, String what, Throwable error) {
    Duration delay = MessageHandler.backoff(delivery.deliveredCount());
    LOG.warn(
        "{} (delivery {}), redelivering in {} ms: {}",
        what,
        delivery.deliveredCount(),
        delay.toMillis(),
        rootMessage(error));
    metrics.retried();
    delivery.retry(delay);
  }

  private static String base64(Delivery delivery) {
    try {
      return Base64.getEncoder().encodeToString(delivery.data());
    } catch (RuntimeException e) {
      return "(unreadable: " + rootMessage(e) + ")";
    }
  }

  static String rootMessage(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
