package com.mdm.benchmarks;

import com.mdm.application.service.MarketDataRepositories;
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

/**
 * Repositories that accept every batch at once and keep nothing: with them the harness measures the
 * pipeline's own ceiling (NATS, decoding, batching, acknowledgements) without a store.
 */
final class DiscardingRepositories {

  private DiscardingRepositories() {}

  static MarketDataRepositories create() {
    return new MarketDataRepositories(
        discarding(TradeRepository.class),
        discarding(AggregateTradeRepository.class),
        discarding(CandleRepository.class),
        discarding(DepthRepository.class),
        discarding(MarkPriceRepository.class),
        discarding(FundingRateRepository.class),
        discarding(TickerRepository.class),
        discarding(BookTickerRepository.class),
        discarding(LiquidationRepository.class),
        discarding(MarkPriceCandleRepository.class));
  }

  private static <R> R discarding(Class<R> type) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              if (method.getName().equals("saveAll")) {
                return CompletableFuture.completedFuture(
                    new WriteResult(((List<?>) args[0]).size(), 0));
              }
              throw new UnsupportedOperationException(method.getName() + " is not benchmarked");
            }));
  }
}
