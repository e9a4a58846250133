package com.mdm.testsupport;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits with Awaitility until a probed value is accepted, and returns it, polling every {@link
 * #POLL}; for "nothing happens" tests use Awaitility's {@code during} themselves.
 */
public final class Await {

  /** How often the condition is looked at. */
  public static final Duration POLL = Duration.ofMillis(50);

  private Await() {}

  /**
   * Returns the first value accepted by {@code done}; fails naming {@code what} and the last value
   * seen when {@code timeout} passes first.
   */
  public static <T> T until(String what, Duration timeout, Supplier<T> probe, Predicate<T> done) {
    return await(what)
        .atMost(timeout)
        .pollDelay(Duration.ZERO)
        .pollInterval(POLL)
        .until(probe::get, done::test);
  }
}
