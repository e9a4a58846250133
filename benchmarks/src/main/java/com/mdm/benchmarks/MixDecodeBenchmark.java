package com.mdm.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mdm.decoder.binance.BinanceMessageDecoder;
import com.mdm.decoder.binance.DecodeResult;
import com.mdm.decoder.binance.DecoderLimits;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * The synthetic market's mix on one thread: the service's decoder (parse, check, map to domain
 * records) next to a bare Jackson {@code readTree} of the same bytes, one operation a message.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Threads(1)
public class MixDecodeBenchmark {

  static final int MESSAGES = 4096;

  private final BinanceMessageDecoder decoder = new BinanceMessageDecoder(DecoderLimits.defaults());
  private final ObjectMapper jackson = new ObjectMapper();
  private final Instant receivedAt = Instant.parse("2026-01-02T00:00:00Z");
  private byte[][] payloads;
  private int next;

  @Setup
  public void preparePayloads() {
    List<byte[]> messages = Workload.messages(MESSAGES);
    payloads = messages.toArray(byte[][]::new);
  }

  @Benchmark
  public DecodeResult decodeAndMap() {
    byte[] payload = payloads[next];
    next = (next + 1) & (MESSAGES - 1);
    return decoder.decode(payload, receivedAt);
  }

  @Benchmark
  public JsonNode bareReadTree() throws IOException {
    byte[] payload = payloads[next];
    next = (next + 1) & (MESSAGES - 1);
    return jackson.readTree(payload);
  }
}
