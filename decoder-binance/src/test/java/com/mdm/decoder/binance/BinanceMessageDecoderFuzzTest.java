package com.mdm.decoder.binance;

import static com.mdm.decoder.binance.DecoderTestFiles.RECEIVED_AT;
import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.MarketEvent;
import com.mdm.testsupport.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutation fuzzing of the decoder: whatever bytes arrive, decoding returns a result and
 * never throws and every rejection has a one-line bounded detail (that any detail makes headers
 * NATS accepts is {@code DeadLetterPublisherTest}'s). Bounded so it is a normal test; run longer
 * with {@code -Dmdm.fuzz.iterations=N} and another {@code -Dmdm.fuzz.seed=S} (see docs/storage.md).
 */
class BinanceMessageDecoderFuzzTest {

  private static final long SEED = Long.getLong("mdm.fuzz.seed", 20261201L);
  private static final int ITERATIONS = Integer.getInteger("mdm.fuzz.iterations", 20_000);
  private static final List<String> OWN_FRAMES =
      List.of(
          "array-markprice-one-bad.json",
          "array-top-level.json",
          "bookticker-without-event-time.json",
          "depth-diff-producer.json",
          "depth-partial-combined.json",
          "depth-spot-partial.json",
          "envelope-bare.json",
          "envelope-combined.json",
          "envelope-producer.json",
          "forceorder.json",
          "kline-producer-stream-without-interval.json",
          "markprice-delivery.json",
          "ticker-full.json",
          "unknown-fields.json");

  private final BinanceMessageDecoder decoder = new BinanceMessageDecoder(DecoderLimits.defaults());

  @Test
  void mutationsOfTheOwnFramesNeverMakeTheDecoderThrow() {
    List<byte[]> seeds = new ArrayList<>();
    OWN_FRAMES.forEach(name -> seeds.add(DecoderTestFiles.bytes(name)));
    DecoderTestFiles.text("rejects.tsv")
        .lines()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .forEach(line -> seeds.add(line.split("\t", 3)[2].getBytes(StandardCharsets.UTF_8)));

    fuzz(seeds, SEED);
  }

  @Test
  void mutationsOfTheRecordedFixturesNeverMakeTheDecoderThrow() {
    List<byte[]> seeds = new ArrayList<>();
    for (String type :
        List.of(
            "aggTrade",
            "bookTicker",
            "depthUpdate",
            "forceOrder",
            "kline",
            "markPriceUpdate",
            "miniTicker")) {
      Fixtures.wsLines(type).forEach(line -> seeds.add(line.getBytes(StandardCharsets.UTF_8)));
    }

    fuzz(seeds, SEED + 1);
  }

  private void fuzz(List<byte[]> seeds, long seed) {
    FrameMutator mutator = new FrameMutator(seed, seeds);
    int rejected = 0;
    for (int i = 0; i < ITERATIONS; i++) {
      byte[] frame = mutator.next();
      try {
        rejected += check(frame) ? 1 : 0;
      } catch (Throwable e) {
        throw new AssertionError(
            "seed "
                + seed
                + ", iteration "
                + i
                + ": frame (base64) "
                + Base64.getEncoder().encodeToString(frame),
            e);
      }
    }
    // a mutator that only produced valid frames, or only garbage, would test little
    assertThat(rejected).isBetween(ITERATIONS / 20, ITERATIONS - ITERATIONS / 1000);
  }

  /** Whether anything in the frame was rejected; throws when a property does not hold. */
  private boolean check(byte[] frame) {
    DecodeResult result = decoder.decode(frame, RECEIVED_AT);

    assertThat(result.events().size() + result.rejections().size()).isPositive();
    for (Rejection rejection : result.rejections()) {
      assertThat(rejection.detail()).doesNotContain("\n", "\r").hasSizeLessThanOrEqualTo(503);
    }
    for (MarketEvent event : result.events()) {
      assertThat(event.seriesKey().symbol().value()).matches("[A-Z0-9_]{1,32}");
      assertThat(event.receivedAt()).isEqualTo(RECEIVED_AT);
    }
    return !result.rejections().isEmpty();
  }
}
