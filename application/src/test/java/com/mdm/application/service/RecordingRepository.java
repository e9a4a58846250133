package com.mdm.application.service;

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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for every series repository: records each batch it is asked to write (with the thread's
 * view of time), and fails while {@link #failWith} is set.
 */
final class RecordingRepository {

  final List<List<MarketEvent>> batches = new CopyOnWriteArrayList<>();
  volatile RuntimeException failWith;

  MarketDataRepositories asRepositories() {
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

  int recordCount() {
    return batches.stream().mapToInt(List::size).sum();
  }

  private <R> R proxy(Class<R> type) {
    Object proxy =
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> {
              if (!method.getName().equals("saveAll")) {
                throw new AssertionError(method.getName() + " is not used by ingest");
              }
              List<?> records = (List<?>) args[0];
              if (failWith != null) {
                return CompletableFuture.failedFuture(failWith);
              }
              batches.add(records.stream().map(MarketEvent.class::cast).toList());
              return CompletableFuture.completedFuture(new WriteResult(records.size(), 0));
            });
    return type.cast(proxy);
  }
}
