package com.mdm.application.service.backfill;

import com.mdm.application.service.MarketDataRepositories;
import com.mdm.domain.market.MarketEvent;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Every series repository in memory, keyed by series and series time (unique in the test data), so
 * that a record saved twice is a duplicate; fails writes while {@link #failWith} is set.
 */
final class InMemorySeries {

  private final Map<List<Object>, MarketEvent> stored = new LinkedHashMap<>();
  volatile RuntimeException failWith;

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

  synchronized List<MarketEvent> all() {
    return new ArrayList<>(stored.values());
  }

  private synchronized WriteResult save(List<?> records) {
    long written = 0;
    for (Object record : records) {
      MarketEvent event = (MarketEvent) record;
      if (stored.putIfAbsent(List.of(event.seriesKey(), event.seriesTime()), event) == null) {
        written++;
      }
    }
    return new WriteResult(written, records.size() - written);
  }

  private <R> R proxy(Class<R> type) {
    Object proxy =
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> {
              if (!method.getName().equals("saveAll")) {
                throw new AssertionError(method.getName() + " is not used by backfill");
              }
              if (failWith != null) {
                return CompletableFuture.failedFuture(failWith);
              }
              return CompletableFuture.completedFuture(save((List<?>) args[0]));
            });
    return type.cast(proxy);
  }
}
