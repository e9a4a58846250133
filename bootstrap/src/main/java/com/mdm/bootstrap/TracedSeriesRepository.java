package com.mdm.bootstrap;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.RecordOrigin;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.port.out.SeriesRepository;
import com.mdm.domain.port.out.WriteResult;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A repository whose bulk writes each get a span, linked to the consumer span of every message
 * whose records it carries (a batch gathers many messages, so links rather than one parent); reads
 * pass straight through.
 */
final class TracedSeriesRepository<T extends MarketEvent> implements SeriesRepository<T> {

  static final AttributeKey<Long> RECORDS = AttributeKey.longKey("mdm.write.records");
  static final AttributeKey<Long> MESSAGES = AttributeKey.longKey("mdm.write.messages");
  static final AttributeKey<Long> WRITTEN = AttributeKey.longKey("mdm.write.written");
  static final AttributeKey<Long> DUPLICATES = AttributeKey.longKey("mdm.write.duplicates");

  private final SeriesRepository<T> delegate;
  private final Tracer tracer;
  private final MessageSpans messages;
  private final String spanName;
  private final String type;

  TracedSeriesRepository(
      SeriesType type, SeriesRepository<T> delegate, Tracer tracer, MessageSpans messages) {
    this.delegate = delegate;
    this.tracer = tracer;
    this.messages = messages;
    this.type = type.name().toLowerCase(Locale.ROOT);
    this.spanName = "bulk write " + this.type;
  }

  @Override
  public CompletableFuture<WriteResult> saveAll(List<T> records) {
    return traced(records.size(), List.of(), () -> delegate.saveAll(records));
  }

  @Override
  public CompletableFuture<WriteResult> saveAll(List<T> records, List<RecordOrigin> origins) {
    return traced(records.size(), origins, () -> delegate.saveAll(records, origins));
  }

  private CompletableFuture<WriteResult> traced(
      int records, List<RecordOrigin> origins, Supplier<CompletableFuture<WriteResult>> write) {
    SpanBuilder builder =
        tracer
            .spanBuilder(spanName)
            .setAttribute("mdm.series.type", type)
            .setAttribute(RECORDS, (long) records);
    Set<SpanContext> linked = new HashSet<>();
    for (RecordOrigin origin : origins) {
      SpanContext message = messages.of(origin);
      if (message != null && linked.add(message)) {
        builder.addLink(message);
      }
    }
    if (!linked.isEmpty()) {
      // the write belongs to all its messages alike, not to the one whose arrival flushed it
      builder.setNoParent();
    }
    Span span = builder.setAttribute(MESSAGES, (long) linked.size()).startSpan();
    CompletableFuture<WriteResult> written;
    try (Scope ignored = span.makeCurrent()) {
      written = write.get();
    } catch (RuntimeException e) {
      span.recordException(e).setStatus(StatusCode.ERROR).end();
      throw e;
    }
    return written.whenComplete(
        (result, error) -> {
          if (error != null) {
            span.recordException(error).setStatus(StatusCode.ERROR);
          } else if (result != null) {
            span.setAttribute(WRITTEN, result.written())
                .setAttribute(DUPLICATES, result.duplicates());
          }
          span.end();
        });
  }

  @Override
  public CompletableFuture<Long> correct(List<T> corrections, List<RecordOrigin> origins) {
    return delegate.correct(corrections, origins);
  }

  @Override
  public List<RecordOrigin> originsOf(SeriesKey key, List<T> records) {
    return delegate.originsOf(key, records);
  }

  @Override
  public List<T> range(SeriesKey key, TimeRange range, int limit, SortOrder order) {
    return delegate.range(key, range, limit, order);
  }

  @Override
  public List<T> latest(SeriesKey key, int limit) {
    return delegate.latest(key, limit);
  }

  @Override
  public long count(SeriesKey key, TimeRange range) {
    return delegate.count(key, range);
  }
}
