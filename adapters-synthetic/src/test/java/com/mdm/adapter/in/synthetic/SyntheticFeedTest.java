package com.mdm.adapter.in.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mdm.decoder.binance.BinanceMessageDecoder;
import com.mdm.decoder.binance.DecodeResult;
import com.mdm.decoder.binance.DecoderLimits;
import com.mdm.testsupport.Await;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The real-time feed sends current, decodable frames at about its rate and stops cleanly. */
class SyntheticFeedTest {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Test
  void givenARunningFeed_whenItSends_thenFramesAreCurrentDecodableAndAtAboutTheRate() {
    ConcurrentLinkedQueue<byte[]> received = new ConcurrentLinkedQueue<>();
    SyntheticFeed feed =
        new SyntheticFeed(SyntheticMarketSettings.defaults(), Clock.systemUTC(), received::add);
    Instant started = Instant.now();
    long startedNanos = System.nanoTime();

    feed.start();
    Await.until("600 frames", PATIENCE, received::size, n -> n >= 600);
    feed.stop();
    double seconds = (System.nanoTime() - startedNanos) / 1e9;
    Instant stopped = Instant.now();

    assertThat(feed.isRunning()).isFalse();
    assertThat(feed.delivered()).isEqualTo(received.size());
    assertThat(feed.failures()).isZero();
    // 300 a second configured; bounds loose enough for a busy machine
    assertThat(received.size() / seconds).isBetween(60.0, 600.0);
    BinanceMessageDecoder decoder = new BinanceMessageDecoder(DecoderLimits.defaults());
    List<DecodeResult> results =
        received.stream().map(bytes -> decoder.decode(bytes, Instant.now())).toList();
    assertThat(results).allSatisfy(r -> assertThat(r.rejections()).isEmpty());
    assertThat(results)
        .flatMap(DecodeResult::events)
        .allSatisfy(e -> assertThat(e.eventTime()).isBetween(started, stopped));
  }

  @Test
  void givenASinkThatFailsEveryOtherFrame_whenTheFeedRuns_thenItCountsFailuresAndGoesOn() {
    AtomicLong calls = new AtomicLong();
    SyntheticFeed feed =
        new SyntheticFeed(
            SyntheticMarketSettings.defaults(),
            Clock.systemUTC(),
            bytes -> {
              if (calls.incrementAndGet() % 2 == 0) {
                throw new IllegalStateException("sink down");
              }
            });

    try (feed) {
      feed.start();
      Await.until("100 failures", PATIENCE, feed::failures, n -> n >= 100);
    }

    assertThat(feed.isRunning()).isFalse();
    assertThat(feed.delivered()).isGreaterThanOrEqualTo(100);
    assertThat(feed.delivered() + feed.failures()).isEqualTo(calls.get());
  }

  @Test
  void givenAFeed_whenStartedTwiceOrStoppedTwice_thenStartRefusesAndStopIsANoOp() {
    SyntheticFeed feed =
        new SyntheticFeed(SyntheticMarketSettings.defaults(), Clock.systemUTC(), bytes -> {});

    feed.start();
    assertThatThrownBy(feed::start).hasMessageContaining("already started");
    feed.stop();
    feed.stop();

    assertThat(feed.isRunning()).isFalse();
  }
}
