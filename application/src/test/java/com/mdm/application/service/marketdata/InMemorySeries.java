package com.mdm.application.service.marketdata;

import com.mdm.application.service.MarketDataRepositories;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.port.out.AggregateTradeRepository;
import com.mdm.domain.port.out.BookTickerRepository;
import com.mdm.domain.port.out.CandleRepository;
import com.mdm.domain.port.out.DepthRepository;
import com.mdm.domain.port.out.FundingRateRepository;
import com.mdm.domain.port.out.LiquidationRepository;
import com.mdm.domain.port.out.MarkPriceCandleRepository;
import com.mdm.domain.port.out.MarkPriceRepository;
import com.mdm.domain.port.out.TickerRepository;
import com.mdm.domain.port.out.TradeRepository;
import com.mdm.domain.port.out.WriteResult;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every series repository in memory. Records sharing a series time come back in an order of their
 * own (by hash), as a store may order ties in any way; only the time order is kept.
 */
final class InMemorySeries {

  private final List<MarketEvent> records = new ArrayList<>();
  final AtomicInteger reads = new AtomicInteger();

  void add(List<? extends MarketEvent> events) {
    records.addAll(events);
  }

  MarketDataRepositories repositories() {
    return new MarketDataRepositories(
        proxy(TradeRepository.class),
        proxy(AggregateTradeRepository.class),
        proxy(CandleRepository.class),
        proxy(DepthRepository.class),
        proxy(MarkPriceRepository.class),
        proxy(FundingRateRepository.class),
        proxy(TickerRepository.class),
        proxy(BookTickerRepository.class),
        proxy(LiquidationRepository.class),
        proxy(MarkPriceCandleRepository.class));
  }

  private List<MarketEvent> range(SeriesKey key, TimeRange range, int limit, SortOrder order) {
    reads.incrementAndGet();
    Comparator<MarketEvent> byTime =
        Comparator.comparing(MarketEvent::seriesTime)
            .thenComparing(event -> Integer.toHexString(event.hashCode() * 31));
    return records.stream()
        .filter(event -> event.seriesKey().equals(key))
        .filter(event -> range.contains(event.seriesTime()))
        .sorted(order == SortOrder.ASCENDING ? byTime : byTime.reversed())
        .limit(limit)
        .toList();
  }

  private <R> R proxy(Class<R> type) {
    Object proxy =
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) ->
                switch (method.getName()) {
                  case "range" ->
                      range(
                          (SeriesKey) args[0],
                          (TimeRange) args[1],
                          (Integer) args[2],
                          (SortOrder) args[3]);
                  case "latest" ->
                      range(
                          (SeriesKey) args[0],
                          TimeRange.all(),
                          (Integer) args[1],
                          SortOrder.DESCENDING);
                  case "count" ->
                      (long)
                          range(
                                  (SeriesKey) args[0],
                                  (TimeRange) args[1],
                                  Integer.MAX_VALUE,
                                  SortOrder.ASCENDING)
                              .size();
                  case "saveAll" -> {
                    @SuppressWarnings("unchecked")
                    List<MarketEvent> saved = (List<MarketEvent>) args[0];
                    records.addAll(saved);
                    yield CompletableFuture.completedFuture(new WriteResult(saved.size(), 0));
                  }
                  case "hashCode" -> System.identityHashCode(self);
                  case "equals" -> self == args[0];
                  case "toString" -> type.getSimpleName();
                  default -> throw new AssertionError("unexpected call " + method.getName());
                });
    return type.cast(proxy);
  }
}
