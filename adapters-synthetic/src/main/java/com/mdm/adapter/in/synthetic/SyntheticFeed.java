package com.mdm.adapter.in.synthetic;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a synthetic market in real time on a daemon thread, handing each frame's bytes to a sink:
 * in-process for dev mode, or a {@link NatsSyntheticPublisher}. The market starts at the clock's
 * present, so event times are current; every 20 ms the feed sends what the market sent since, at
 * most a second of market time at a go, so a slow sink delays frames but never piles them up. A
 * sink that throws loses that frame only. Started once, stopped once.
 */
public final class SyntheticFeed implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SyntheticFeed.class);
  private static final Duration TICK = Duration.ofMillis(20);
  private static final Duration MAX_STEP = Duration.ofSeconds(1);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);

  private final SyntheticMarketSettings settings;
  private final Clock clock;
  private final Consumer<byte[]> sink;
  private final AtomicLong delivered = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();
  private volatile boolean running;
  private Thread thread;

  /** {@code settings.start()} is ignored: the market starts when the feed does. */
  public SyntheticFeed(SyntheticMarketSettings settings, Clock clock, Consumer<byte[]> sink) {
    this.settings = Objects.requireNonNull(settings, "settings must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
    this.sink = Objects.requireNonNull(sink, "sink must not be null");
  }

  /** Starts the market at the clock's present and the thread sending its frames. */
  public synchronized void start() {
    if (thread != null) {
      throw new IllegalStateException("the synthetic feed was already started; create a new one");
    }
    SyntheticMarket market = new SyntheticMarket(settings.withStart(clock.instant()));
    running = true;
    thread = Thread.ofPlatform().name("synthetic-feed").daemon().unstarted(() -> run(market));
    thread.start();
    LOG.info(
        "synthetic feed started: {} at about {} events/s, seed {}, faults {}",
        settings.symbols(),
        settings.eventsPerSecond(),
        settings.seed(),
        settings.faults());
  }

  /**
   * Stops sending and waits up to 5 s for the thread to end; does nothing if not running. An
   * interrupt ends the wait early and is kept on the calling thread.
   */
  public synchronized void stop() {
    if (thread == null || !running) {
      return;
    }
    running = false;
    LockSupport.unpark(thread);
    try {
      thread.join(STOP_TIMEOUT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (thread.isAlive()) {
      LOG.warn("synthetic feed still inside its sink {} after stop; left to end", STOP_TIMEOUT);
    } else {
      LOG.info("synthetic feed stopped: {} frames sent, {} failed", delivered(), failures());
    }
  }

  @Override
  public void close() {
    stop();
  }

  /** Whether the feed's thread is alive. */
  public boolean isRunning() {
    Thread current = thread;
    return current != null && current.isAlive();
  }

  /** Frames the sink took. */
  public long delivered() {
    return delivered.get();
  }

  /** Frames the sink threw on. */
  public long failures() {
    return failures.get();
  }

  private void run(SyntheticMarket market) {
    try {
      send(market);
    } catch (RuntimeException e) {
      running = false;
      LOG.error("synthetic feed stopped: the market failed after {} frames", delivered(), e);
    }
  }

  private void send(SyntheticMarket market) {
    while (running) {
      Instant now = clock.instant();
      Instant limit = market.now().plus(MAX_STEP);
      boolean caughtUp = !now.isAfter(limit);
      for (SyntheticFrame frame : market.advanceTo(caughtUp ? now : limit)) {
        if (!running) {
          return;
        }
        deliver(frame.bytes());
      }
      if (caughtUp) {
        LockSupport.parkNanos(TICK.toNanos());
      }
    }
  }

  private void deliver(byte[] bytes) {
    try {
      sink.accept(bytes);
      delivered.incrementAndGet();
    } catch (RuntimeException e) {
      long failed = failures.incrementAndGet();
      if (failed == 1 || failed % 1_000 == 0) {
        LOG.warn("synthetic feed: the sink failed on a frame ({} so far)", failed, e);
      }
    }
  }
}
