package com.mdm.benchmarks;

import com.mdm.adapter.in.nats.MessageTracing;
import com.mdm.bootstrap.MessageTracings;
import com.mdm.decoder.binance.BinanceMessageDecoder;
import com.mdm.decoder.binance.DecodeResult;
import com.mdm.decoder.binance.DecoderLimits;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The per-message cost of tracing, against decoding alone: the message handler's hook as the
 * service runs it with tracing off ({@link MessageTracing#NONE}: a reference comparison), and on (a
 * consumer span per message continuing the envelope's trace), sampled or not. One operation is one
 * aggTrade message in the producer's envelope with {@code _otel_trace_headers}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
public class TracingCostBenchmark {

  /** off: NONE; sampled: always_on to an exporter that drops; unsampled: always_off. */
  @Param({"baseline", "off", "unsampled", "sampled"})
  public String mode;

  private final BinanceMessageDecoder decoder = new BinanceMessageDecoder(DecoderLimits.defaults());
  private final Instant receivedAt = Instant.parse("2024-05-01T12:00:00Z");
  private byte[][] payloads;
  private int next;
  private MessageTracing tracing;
  private OpenTelemetrySdk sdk;

  @Setup
  public void prepare() {
    payloads = new byte[1024][];
    for (int i = 0; i < payloads.length; i++) {
      String message = new String(SamplePayloads.aggTrade(i + 1), StandardCharsets.UTF_8);
      payloads[i] =
          (message.substring(0, message.length() - 1)
                  + ",\"_otel_trace_headers\":{\"traceparent\":\"00-4bf92f3577b34da6a3ce929d0e0e"
                  + String.format("%04x", i)
                  + "-00f067aa0ba902b7-01\"}}")
              .getBytes(StandardCharsets.UTF_8);
    }
    tracing = MessageTracing.NONE;
    if (mode.equals("sampled") || mode.equals("unsampled")) {
      sdk =
          OpenTelemetrySdk.builder()
              .setTracerProvider(
                  SdkTracerProvider.builder()
                      .setSampler(mode.equals("sampled") ? Sampler.alwaysOn() : Sampler.alwaysOff())
                      .addSpanProcessor(SimpleSpanProcessor.create(new Dropping()))
                      .build())
              .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
              .build();
      tracing = MessageTracings.on(sdk);
    }
  }

  @TearDown
  public void close() {
    if (sdk != null) {
      sdk.close();
    }
  }

  @Benchmark
  public void handle(Blackhole blackhole) {
    byte[] payload = payloads[next++ & 1023];
    if (mode.equals("baseline")) {
      blackhole.consume(decode(payload, blackhole));
      return;
    }
    // what MessageHandler.handle does
    CompletableFuture<Void> settled =
        tracing != MessageTracing.NONE
            ? tracing.around(payload, "s", next, () -> decode(payload, blackhole))
            : decode(payload, blackhole);
    blackhole.consume(settled);
  }

  private CompletableFuture<Void> decode(byte[] payload, Blackhole blackhole) {
    DecodeResult result = decoder.decode(payload, receivedAt);
    blackhole.consume(result);
    return CompletableFuture.completedFuture(null);
  }

  /** Exports nowhere: the cost measured is making the spans, not sending them. */
  private static final class Dropping implements SpanExporter {
    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
      return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
      return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
      return CompletableResultCode.ofSuccess();
    }
  }
}
