package com.mdm.adapter.in.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.DepthKind;
import com.mdm.domain.market.OrderBookDepth;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Trade;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Without faults, every sequenced series of the ten minutes runs without a hole. */
class SyntheticMarketSequenceTest {

  @Test
  void givenNoFaults_whenTradesAreSent_thenEachSymbolsTradeIdsAreConsecutive() {
    bySymbol(TenMinutes.events(Trade.class).toList())
        .forEach(
            (symbol, trades) -> {
              for (int i = 1; i < trades.size(); i++) {
                assertThat(trades.get(i).tradeId())
                    .as("%s trade %d", symbol, i)
                    .isEqualTo(trades.get(i - 1).tradeId() + 1);
              }
            });
  }

  @Test
  void givenNoFaults_whenAggregateTradesAreSent_thenIdsAreConsecutiveAndCoverEveryTrade() {
    Map<Symbol, List<Trade>> trades = bySymbol(TenMinutes.events(Trade.class).toList());
    bySymbol(TenMinutes.events(AggregateTrade.class).toList())
        .forEach(
            (symbol, aggregates) -> {
              assertThat(aggregates.getFirst().firstTradeId())
                  .isEqualTo(trades.get(symbol).getFirst().tradeId());
              assertThat(aggregates.getLast().lastTradeId())
                  .isEqualTo(trades.get(symbol).getLast().tradeId());
              for (int i = 1; i < aggregates.size(); i++) {
                AggregateTrade before = aggregates.get(i - 1);
                AggregateTrade after = aggregates.get(i);
                assertThat(after.aggregateTradeId()).isEqualTo(before.aggregateTradeId() + 1);
                assertThat(after.firstTradeId()).isEqualTo(before.lastTradeId() + 1);
              }
            });
  }

  @Test
  void givenNoFaults_whenDiffDepthIsSent_thenEachPreviousIdIsTheFinalIdBefore() {
    List<OrderBookDepth> diffs =
        TenMinutes.events(OrderBookDepth.class).filter(d -> d.kind() == DepthKind.DIFF).toList();

    bySymbol(diffs)
        .forEach(
            (symbol, chain) -> {
              assertThat(chain).hasSize(6_000);
              for (int i = 1; i < chain.size(); i++) {
                assertThat(chain.get(i).previousFinalUpdateId())
                    .as("%s diff %d", symbol, i)
                    .isEqualTo(chain.get(i - 1).finalUpdateId());
                assertThat(chain.get(i).firstUpdateId())
                    .isLessThanOrEqualTo(chain.get(i).finalUpdateId());
              }
            });
  }

  @Test
  void givenPartialDepth_whenSent_thenItCarriesTheIdsOfTheLastDiffAndTwentyLevelsASide() {
    List<OrderBookDepth> depth = TenMinutes.events(OrderBookDepth.class).toList();

    bySymbol(depth)
        .forEach(
            (symbol, events) -> {
              OrderBookDepth lastDiff = null;
              for (OrderBookDepth event : events) {
                if (event.kind() == DepthKind.DIFF) {
                  lastDiff = event;
                  continue;
                }
                assertThat(lastDiff).isNotNull();
                assertThat(event.finalUpdateId()).isEqualTo(lastDiff.finalUpdateId());
                assertThat(event.previousFinalUpdateId())
                    .isEqualTo(lastDiff.previousFinalUpdateId());
                assertThat(event.bids()).hasSize(20);
                assertThat(event.asks()).hasSize(20);
              }
            });
  }

  static <T extends com.mdm.domain.market.MarketEvent> Map<Symbol, List<T>> bySymbol(
      List<T> events) {
    return events.stream().collect(Collectors.groupingBy(T::symbol));
  }
}
