package com.mdm.benchmarks;

import com.mdm.decoder.binance.BinanceMessageDecoder;
import com.mdm.decoder.binance.DecodeResult;
import com.mdm.decoder.binance.DecoderLimits;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/** Messages decoded per second on one thread, per event type; one operation is one message. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class DecodeBenchmark {

  @Param({"aggTrade", "trade", "bookTicker", "kline", "markPrice", "depth20", "mixed"})
  public String type;

  private final BinanceMessageDecoder decoder = new BinanceMessageDecoder(DecoderLimits.defaults());
  private final Instant receivedAt = Instant.parse("2024-05-01T12:00:00Z");
  private byte[][] payloads;
  private int next;

  @Setup
  public void preparePayloads() {
    payloads = new byte[1024][];
    for (int i = 0; i < payloads.length; i++) {
      long id = i + 1;
      payloads[i] =
          switch (type) {
            case "aggTrade" -> SamplePayloads.aggTrade(id);
            case "trade" -> SamplePayloads.trade(id);
            case "bookTicker" -> SamplePayloads.bookTicker(id);
            case "kline" -> SamplePayloads.kline(id);
            case "markPrice" -> SamplePayloads.markPrice(id);
            case "depth20" -> SamplePayloads.depth(id, 20);
            default -> SamplePayloads.mixed(1024).get(i);
          };
    }
    DecodeResult check = decoder.decode(payloads[0], receivedAt);
    if (check.events().isEmpty()) {
      throw new IllegalStateException("sample " + type + " does not decode: " + check.rejections());
    }
  }

  @Benchmark
  public DecodeResult decode() {
    byte[] payload = payloads[next];
    next = (next + 1) & (payloads.length - 1);
    return decoder.decode(payload, receivedAt);
  }
}
