package com.mdm.testsupport.contract;

import com.mdm.domain.market.MarketEvent;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * The same market event received again later, as a redelivered message decodes: every component
 * equal but {@code receivedAt}.
 */
final class Redelivery {

  private Redelivery() {}

  /** {@code event} as received {@code later} after it was first. */
  @SuppressWarnings("unchecked")
  static <T extends MarketEvent> T of(T event, Duration later) {
    RecordComponent[] components = event.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        values[i] = components[i].getAccessor().invoke(event);
        if (components[i].getName().equals("receivedAt")) {
          values[i] = ((Instant) values[i]).plus(later);
        }
      }
      Constructor<?> canonical =
          event
              .getClass()
              .getDeclaredConstructor(
                  Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
      T copy = (T) canonical.newInstance(values);
      if (copy.receivedAt().equals(event.receivedAt())) {
        throw new IllegalStateException(event.getClass() + " has no receivedAt component");
      }
      return copy;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot copy " + event.getClass(), e);
    }
  }
}
