package com.mdm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.adapter.in.nats.MessageTracing;
import com.mdm.domain.market.RecordOrigin;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.market.Trade;
import com.mdm.domain.port.out.AuditMetrics;
import com.mdm.domain.port.out.HistoryCursor;
import com.mdm.domain.port.out.HistoryPage;
import com.mdm.domain.port.out.SeriesStore;
import com.mdm.testsupport.contract.SeriesSamples;
import com.mdm.testsupport.fake.FakeExchangeHistoryClient;
import com.mdm.testsupport.fake.InMemorySeriesStore;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextStorage;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** The spans the service makes, recorded by the SDK's in-memory exporter. */
class TracingTest {

  private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final String PRODUCER_SPAN = "00f067aa0ba902b7";
  private static final String SUBJECT = "binance.futures.websocket.data";

  private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  private final OpenTelemetrySdk sdk =
      OpenTelemetrySdk.builder()
          .setTracerProvider(
              SdkTracerProvider.builder()
                  .addSpanProcessor(SimpleSpanProcessor.create(exporter))
                  .build())
          .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
          .build();
  private final ServiceTracing tracing = new ServiceTracing(sdk, true);

  @AfterEach
  void close() {
    sdk.close();
  }

  @Test
  void givenAnEnvelopeWithATraceparentThenTheConsumerSpanContinuesTheProducersTrace() {
    AtomicReference<SpanContext> during = new AtomicReference<>();
    tracing
        .messages()
        .around(
            envelope("00-" + TRACE_ID + "-" + PRODUCER_SPAN + "-01"),
            SUBJECT,
            42,
            () -> {
              during.set(Span.current().getSpanContext());
              return CompletableFuture.completedFuture(null);
            });

    SpanData consumer = only("process " + SUBJECT);
    assertThat(consumer.getKind()).isEqualTo(SpanKind.CONSUMER);
    assertThat(consumer.getTraceId()).isEqualTo(TRACE_ID);
    assertThat(consumer.getParentSpanId()).isEqualTo(PRODUCER_SPAN);
    assertThat(consumer.getAttributes().get(TracedMessages.SEQUENCE)).isEqualTo(42L);
    assertThat(during.get()).as("current while handled").isEqualTo(consumer.getSpanContext());
  }

  @Test
  void givenAMessageWithoutTraceHeadersThenItsConsumerSpanStartsATrace() {
    byte[] bare = "{\"e\":\"trade\",\"s\":\"BTCUSDT\"}".getBytes(StandardCharsets.UTF_8);
    tracing.messages().around(bare, SUBJECT, 1, () -> CompletableFuture.completedFuture(null));

    SpanData consumer = only("process " + SUBJECT);
    assertThat(consumer.getParentSpanContext().isValid()).isFalse();
    assertThat(consumer.getTraceId()).isNotEqualTo(TRACE_ID);
  }

  @Test
  void givenAMessageNotYetSettledThenItsSpanEndsOnlyWhenItIs() {
    CompletableFuture<Void> settled = new CompletableFuture<>();
    tracing.messages().around(envelope(null), SUBJECT, 5, () -> settled);
    assertThat(exporter.getFinishedSpanItems()).isEmpty();

    settled.complete(null);
    assertThat(only("process " + SUBJECT)).isNotNull();
  }

  @Test
  void givenABulkWriteCarryingTwoMessagesThenItsSpanLinksToBothConsumerSpans() throws Exception {
    CompletableFuture<Void> first = new CompletableFuture<>();
    CompletableFuture<Void> second = new CompletableFuture<>();
    SeriesStore store = tracing.series(new InMemorySeriesStore());
    tracing.messages().around(envelope(null), SUBJECT, 1, () -> first);
    tracing.messages().around(envelope(null), SUBJECT, 2, () -> second);

    Symbol btc = Symbol.of("BTCUSDT");
    store
        .repository(SeriesType.TRADES, Trade.class)
        .saveAll(
            List.of(
                SeriesSamples.trade(btc, 1),
                SeriesSamples.trade(btc, 2),
                SeriesSamples.trade(btc, 3)),
            List.of(
                RecordOrigin.live(SUBJECT, 1),
                RecordOrigin.live(SUBJECT, 2),
                RecordOrigin.live(SUBJECT, 2)))
        .get(5, TimeUnit.SECONDS);
    first.complete(null);
    second.complete(null);

    SpanData write = only("bulk write trades");
    List<SpanContext> consumers =
        exporter.getFinishedSpanItems().stream()
            .filter(s -> s.getName().startsWith("process "))
            .map(SpanData::getSpanContext)
            .toList();
    assertThat(consumers).hasSize(2);
    assertThat(write.getLinks().stream().map(LinkData::getSpanContext))
        .containsExactlyInAnyOrderElementsOf(consumers);
    assertThat(write.getParentSpanContext().isValid()).as("no single parent").isFalse();
    assertThat(write.getAttributes().get(TracedSeriesRepository.RECORDS)).isEqualTo(3L);
    assertThat(write.getAttributes().get(TracedSeriesRepository.MESSAGES)).isEqualTo(2L);
    assertThat(write.getAttributes().get(TracedSeriesRepository.WRITTEN)).isEqualTo(3L);
  }

  @Test
  void givenABackfillWhenAPageIsReadThenItHasAClientSpan() {
    var exchange = tracing.exchange(new FakeExchangeHistoryClient(10));
    HistoryPage<?> page =
        exchange.candles(
            Symbol.of("ETHUSDT"),
            Timeframe.of("1m"),
            HistoryCursor.at(Instant.parse("2024-05-01T00:00:00Z")),
            Instant.parse("2024-05-01T01:00:00Z"));

    SpanData span = only("backfill page /fake/candles");
    assertThat(span.getKind()).isEqualTo(SpanKind.CLIENT);
    assertThat(span.getAttributes().get(TracedExchangeHistoryClient.RECORDS))
        .isEqualTo((long) page.records().size())
        .isEqualTo(10L);
  }

  @Test
  void givenAFinishedAuditCycleThenItsSpanCoversTheCycle() {
    Instant end = Instant.parse("2026-12-01T12:00:00Z");
    new TracedAuditMetrics(AuditMetrics.NONE, sdk.getTracer("t"), Clock.fixed(end, ZoneOffset.UTC))
        .cycleFinished(Duration.ofSeconds(3), 12, 1);

    SpanData cycle = only("audit cycle");
    assertThat(TimeUnit.NANOSECONDS.toMillis(cycle.getEndEpochNanos()))
        .isEqualTo(end.toEpochMilli());
    assertThat(TimeUnit.NANOSECONDS.toMillis(cycle.getEndEpochNanos() - cycle.getStartEpochNanos()))
        .isEqualTo(3_000);
    assertThat(cycle.getAttributes().get(TracedAuditMetrics.AUDITED)).isEqualTo(12L);
    assertThat(cycle.getAttributes().get(TracedAuditMetrics.FAILED)).isEqualTo(1L);
  }

  @Test
  void givenTracingOffThenNothingIsDecorated() {
    ServiceTracing off = ServiceTracing.off();
    InMemorySeriesStore store = new InMemorySeriesStore();
    FakeExchangeHistoryClient exchange = new FakeExchangeHistoryClient(1);

    assertThat(off.messages()).isSameAs(MessageTracing.NONE);
    assertThat(off.series(store)).isSameAs(store);
    assertThat(off.exchange(exchange)).isSameAs(exchange);
    assertThat(off.audit(AuditMetrics.NONE)).isSameAs(AuditMetrics.NONE);
  }

  @Test
  void tracingIsRequestedByAnExporterOrItsEndpointUnlessTheSdkIsDisabled() {
    assertThat(ServiceTracing.requested(Map.of())).isFalse();
    assertThat(ServiceTracing.requested(Map.of("OTEL_SERVICE_NAME", "x"))).isFalse();
    assertThat(ServiceTracing.requested(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://c:4318")))
        .isTrue();
    assertThat(ServiceTracing.requested(Map.of("OTEL_TRACES_EXPORTER", "otlp"))).isTrue();
    assertThat(
            ServiceTracing.requested(
                Map.of("OTEL_TRACES_EXPORTER", "otlp", "OTEL_SDK_DISABLED", "true")))
        .isFalse();
  }

  @Test
  void givenASpanMadeCurrentThenTheLoggingMdcCarriesItsIdsUntilItsScopeCloses() {
    MdcContextStorage storage = new MdcContextStorage(ContextStorage.defaultStorage());
    Span span = sdk.getTracer("t").spanBuilder("s").startSpan();
    MDC.put(MdcContextStorage.TRACE_ID, "before");
    try (Scope scope = storage.attach(Context.root().with(span))) {
      assertThat(MDC.get(MdcContextStorage.TRACE_ID)).isEqualTo(span.getSpanContext().getTraceId());
      assertThat(MDC.get(MdcContextStorage.SPAN_ID)).isEqualTo(span.getSpanContext().getSpanId());
    } finally {
      span.end();
    }
    assertThat(MDC.get(MdcContextStorage.TRACE_ID)).isEqualTo("before");
    assertThat(MDC.get(MdcContextStorage.SPAN_ID)).isNull();
    MDC.clear();
  }

  @Test
  void traceHeadersAreReadFromTheEnvelopeAndAnythingElseGivesNone() {
    assertThat(EnvelopeTraceHeaders.of(envelope("00-" + TRACE_ID + "-" + PRODUCER_SPAN + "-01")))
        .containsEntry("traceparent", "00-" + TRACE_ID + "-" + PRODUCER_SPAN + "-01")
        .containsEntry("tracestate", "mdm=1");
    assertThat(
            EnvelopeTraceHeaders.of(
                ("{\"stream\": \"x\", \"data\": {\"_otel_trace_headers\": 1},"
                        + " \"_otel_trace_headers\": {\"traceparent\": \"00-a\", \"n\": 2}}")
                    .getBytes(StandardCharsets.UTF_8)))
        .as("spaced as Python writes it, the last one counting")
        .isEqualTo(Map.of("traceparent", "00-a"));
    assertThat(EnvelopeTraceHeaders.of("[1,2]".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(
            EnvelopeTraceHeaders.of(
                "{\"_otel_trace_headers\":\"x\"}".getBytes(StandardCharsets.UTF_8)))
        .isEmpty();
    assertThat(
            EnvelopeTraceHeaders.of(
                "{\"_otel_trace_headers\":{\"traceparent\":".getBytes(StandardCharsets.UTF_8)))
        .isEmpty();
    assertThat(EnvelopeTraceHeaders.of("{\"a\":".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(EnvelopeTraceHeaders.of(new byte[0])).isEmpty();
  }

  private SpanData only(String name) {
    List<SpanData> spans =
        exporter.getFinishedSpanItems().stream().filter(s -> s.getName().equals(name)).toList();
    assertThat(spans).as("spans named " + name).hasSize(1);
    return spans.get(0);
  }

  /** The producer's envelope as upstream writes it, trace headers last. */
  private static byte[] envelope(String traceparent) {
    String headers =
        traceparent == null
            ? ""
            : ",\"_otel_trace_headers\":{\"traceparent\":\""
                + traceparent
                + "\",\"tracestate\":\"mdm=1\"}";
    return ("{\"stream\":\"btcusdt@trade\",\"data\":{\"e\":\"trade\",\"E\":1714564800000,"
            + "\"T\":1714564800000,\"s\":\"BTCUSDT\",\"t\":1,\"p\":\"64990.90\",\"q\":\"0.001\","
            + "\"X\":\"MARKET\",\"m\":false},\"timestamp\":\"2024-05-01T12:00:00Z\","
            + "\"message_id\":\"m-1\",\"source\":\"binance-websocket\",\"version\":\"1.0\""
            + headers
            + "}")
        .getBytes(StandardCharsets.UTF_8);
  }
}
