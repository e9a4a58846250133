package com.mdm.benchmarks;

import com.mdm.decoder.binance.BinanceMessageDecoder;
import com.mdm.decoder.binance.DecodeResult;
import com.mdm.decoder.binance.DecoderLimits;
import java.time.Instant;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Decoding, with JMH: the decoder over the synthetic mix against a bare {@code readTree} of the
 * same bytes, as messages/s and as events/s (messages carry more than one event now and then).
 */
final class DecodeSection {

  private final BenchContext bench;

  DecodeSection(BenchContext bench) {
    this.bench = bench;
  }

  void run() throws Exception {
    double eventsPerMessage = eventsPerMessage();
    boolean quick = bench.mode.quick();
    Options options =
        new OptionsBuilder()
            .include(MixDecodeBenchmark.class.getName())
            .warmupIterations(quick ? 1 : 3)
            .warmupTime(TimeValue.seconds(quick ? 1 : 2))
            .measurementIterations(quick ? 1 : 5)
            .measurementTime(TimeValue.seconds(quick ? 1 : 2))
            .forks(1)
            .shouldFailOnError(true)
            .build();
    for (RunResult result : new Runner(options).run()) {
      String method = result.getParams().getBenchmark();
      double score = result.getPrimaryResult().getScore();
      double error = result.getPrimaryResult().getScoreError();
      String unit = "msg/s";
      if (method.endsWith("decodeAndMap")) {
        bench.figure("decode.msgs", "decode + map, synthetic mix", samples(result), unit);
        bench.figure(
            "decode.events",
            "decode + map, synthetic mix (events)",
            new Samples(samples(result).values().stream().map(v -> v * eventsPerMessage).toList()),
            "events/s");
      } else {
        bench.figure("decode.bare", "bare Jackson readTree, same bytes", samples(result), unit);
      }
      bench.finding(
          "decode",
          String.format(
              "%s: %,.0f ± %,.0f msg/s (99.9 %% CI)",
              method.substring(method.lastIndexOf('.') + 1), score, error));
    }
    bench.finding("decode", String.format("%.3f events per message in the mix", eventsPerMessage));
  }

  /** The iteration scores, so min and max show the spread. */
  private static Samples samples(RunResult result) {
    return new Samples(
        result.getBenchmarkResults().stream()
            .flatMap(b -> b.getIterationResults().stream())
            .map(i -> i.getPrimaryResult().getScore())
            .toList());
  }

  private static double eventsPerMessage() {
    BinanceMessageDecoder decoder = new BinanceMessageDecoder(DecoderLimits.defaults());
    long events = 0;
    var messages = Workload.messages(MixDecodeBenchmark.MESSAGES);
    for (byte[] message : messages) {
      DecodeResult result = decoder.decode(message, Instant.parse("2026-01-02T00:00:00Z"));
      events += result.events().size();
    }
    return events / (double) messages.size();
  }
}
