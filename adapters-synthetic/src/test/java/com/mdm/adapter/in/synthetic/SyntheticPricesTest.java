package com.mdm.adapter.in.synthetic;

import static com.mdm.adapter.in.synthetic.SyntheticMarketSequenceTest.bySymbol;
import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.BookTicker;
import com.mdm.domain.market.DepthKind;
import com.mdm.domain.market.FundingRate;
import com.mdm.domain.market.Liquidation;
import com.mdm.domain.market.MarkPrice;
import com.mdm.domain.market.OrderBookDepth;
import com.mdm.domain.market.Side;
import com.mdm.domain.market.Ticker;
import com.mdm.domain.market.Trade;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Prices look like the contracts', books are never crossed, and marks and funding keep time. */
class SyntheticPricesTest {

  private static final Instant MIDNIGHT = Instant.parse("2026-01-02T00:00:00Z");

  @Test
  void givenEachSymbol_whenTrading_thenPricesStayNearTheStartOnTheTickGrid() {
    for (Trade trade : TenMinutes.events(Trade.class).toList()) {
      SymbolSpec spec = SymbolSpec.of(trade.symbol());
      BigDecimal start = spec.price(spec.startTicks());
      assertThat(trade.price()).isBetween(percent(start, 98), percent(start, 102));
      assertThat(trade.price().scale()).isEqualTo(spec.priceScale());
      assertThat(trade.price().unscaledValue().longValueExact() % spec.tickUnits()).isZero();
      assertThat(trade.quantity().scale()).isEqualTo(spec.quantityScale());
      assertThat(trade.quantity().signum()).isPositive();
    }
    assertThat(TenMinutes.events(Trade.class).map(Trade::price).distinct().count())
        .isGreaterThan(100);
  }

  @Test
  void givenTheBook_whenQuoted_thenTheBestBidIsAlwaysBelowTheBestAsk() {
    assertThat(TenMinutes.events(BookTicker.class)).allMatch(BookTicker::isUncrossed);
    Stream<OrderBookDepth> partial =
        TenMinutes.events(OrderBookDepth.class).filter(d -> d.kind() == DepthKind.PARTIAL);
    assertThat(partial)
        .allSatisfy(
            d -> assertThat(d.bids().getFirst().price()).isLessThan(d.asks().getFirst().price()));
  }

  @Test
  void givenTenMinutes_whenMarkPricesAreSent_thenEachSymbolHasOneEverySecond() {
    bySymbol(TenMinutes.events(MarkPrice.class).toList())
        .forEach(
            (symbol, marks) -> {
              assertThat(marks).hasSize(600);
              for (int i = 0; i < marks.size(); i++) {
                assertThat(marks.get(i).eventTime()).isEqualTo(TenMinutes.START.plusSeconds(i + 1));
              }
            });
  }

  @Test
  void givenAMarkPrice_whenSent_thenItLiesWithinATenthOfAPercentOfTheLastTrade() {
    BigDecimal[] last = new BigDecimal[1];
    for (TenMinutes.Decoded d : TenMinutes.decoded()) {
      if (d.event() instanceof Trade trade && trade.symbol().value().equals("ETHUSDT")) {
        last[0] = trade.price();
      } else if (d.event() instanceof MarkPrice mark
          && mark.symbol().value().equals("ETHUSDT")
          && last[0] != null) {
        BigDecimal deviation =
            mark.markPrice().subtract(last[0]).abs().divide(last[0], MathContext.DECIMAL64);
        assertThat(deviation).isLessThan(new BigDecimal("0.001"));
      }
    }
  }

  @Test
  void givenMidnight_whenFundingFallsDue_thenTheNextFundingTimeMovesOnEightHours() {
    List<MarkPrice> marks = TenMinutes.events(MarkPrice.class).toList();
    List<FundingRate> funding = TenMinutes.events(FundingRate.class).toList();

    assertThat(funding).hasSameSizeAs(marks);
    assertThat(funding.stream().map(FundingRate::fundingTime).distinct())
        .containsExactly(MIDNIGHT, MIDNIGHT.plusSeconds(8 * 3600));
    assertThat(marks)
        .allSatisfy(
            m ->
                assertThat(m.nextFundingTime())
                    .isEqualTo(
                        m.eventTime().isBefore(MIDNIGHT)
                            ? MIDNIGHT
                            : MIDNIGHT.plusSeconds(8 * 3600)));
    assertThat(funding)
        .allSatisfy(f -> assertThat(f.fundingRate().abs()).isLessThan(new BigDecimal("0.01")));
  }

  @Test
  void givenTheTickers_whenSent_thenTheirDayLiesWithinItsHighAndLow() {
    List<Ticker> tickers = TenMinutes.events(Ticker.class).toList();

    assertThat(tickers).hasSize(2 * 3 * 300);
    assertThat(tickers)
        .allSatisfy(
            t -> {
              assertThat(t.low()).isLessThanOrEqualTo(t.open()).isLessThanOrEqualTo(t.close());
              assertThat(t.high())
                  .isGreaterThanOrEqualTo(t.open())
                  .isGreaterThanOrEqualTo(t.close());
              assertThat(t.volume().signum()).isPositive();
            });
  }

  @Test
  void givenALiquidation_whenSent_thenItWasFilledOnTheRightSideOfItsLimit() {
    List<Liquidation> liquidations = TenMinutes.events(Liquidation.class).toList();

    assertThat(liquidations).hasSizeGreaterThan(10);
    assertThat(liquidations)
        .allSatisfy(
            l -> {
              int expected = l.side() == Side.SELL ? -1 : 1;
              assertThat(l.price().compareTo(l.averagePrice())).isEqualTo(expected);
              assertThat(l.lastFilledQuantity()).isLessThanOrEqualTo(l.quantity());
            });
  }

  private static BigDecimal percent(BigDecimal price, int percent) {
    return price.multiply(BigDecimal.valueOf(percent)).movePointLeft(2);
  }
}
