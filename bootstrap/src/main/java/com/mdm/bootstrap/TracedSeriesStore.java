package com.mdm.bootstrap;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.port.out.SeriesRepository;
import com.mdm.domain.port.out.SeriesStore;
import io.opentelemetry.api.trace.Tracer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The series store with a span around each bulk write of each of its repositories. */
final class TracedSeriesStore implements SeriesStore {

  private final SeriesStore store;
  private final Tracer tracer;
  private final MessageSpans messages;
  private final Map<SeriesType, SeriesRepository<? extends MarketEvent>> repositories =
      new ConcurrentHashMap<>();

  TracedSeriesStore(SeriesStore store, Tracer tracer, MessageSpans messages) {
    this.store = store;
    this.tracer = tracer;
    this.messages = messages;
  }

  @Override
  public SeriesRepository<? extends MarketEvent> repository(SeriesType type) {
    return repositories.computeIfAbsent(type, this::traced);
  }

  private SeriesRepository<? extends MarketEvent> traced(SeriesType type) {
    return new TracedSeriesRepository<>(type, store.repository(type), tracer, messages);
  }
}
