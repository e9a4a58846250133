package com.mdm.adapter.in.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.adapter.in.synthetic.TenMinutes.Decoded;
import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.BookTicker;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.DepthKind;
import com.mdm.domain.market.FundingRate;
import com.mdm.domain.market.Liquidation;
import com.mdm.domain.market.MarkPrice;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.OrderBookDepth;
import com.mdm.domain.market.Ticker;
import com.mdm.domain.market.Trade;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every frame of ten virtual minutes goes through the service's own decoder unrefused. */
class SyntheticMarketDecodingTest {

  @Test
  void givenTenVirtualMinutes_whenEveryFrameIsDecoded_thenNoneIsRefused() {
    List<Decoded> decoded = TenMinutes.decoded();

    assertThat(decoded).hasSizeGreaterThan(100_000);
    assertThat(decoded)
        .filteredOn(d -> d.result().hasRejections() || d.result().events().isEmpty())
        .map(d -> d.result().rejections() + " in " + d.frame().text())
        .isEmpty();
  }

  @Test
  void givenTenVirtualMinutes_whenDecoded_thenEveryEventTypeIsSeen() {
    Set<SyntheticEventType> types =
        TenMinutes.decoded().stream()
            .map(d -> d.frame().type())
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(SyntheticEventType.class)));
    Set<Class<?>> classes =
        TenMinutes.decoded().stream()
            .flatMap(d -> d.result().events().stream())
            .map(MarketEvent::getClass)
            .collect(Collectors.toSet());

    assertThat(types).containsExactlyInAnyOrder(SyntheticEventType.values());
    assertThat(classes)
        .containsExactlyInAnyOrder(
            Trade.class,
            AggregateTrade.class,
            Candle.class,
            OrderBookDepth.class,
            MarkPrice.class,
            FundingRate.class,
            Ticker.class,
            BookTicker.class,
            Liquidation.class);
  }

  @Test
  void givenTenMinutesAcrossMidnight_whenDecoded_thenEveryTimeframeIsUpdatedAndClosed() {
    Map<Boolean, Set<String>> timeframes =
        TenMinutes.events(Candle.class)
            .collect(
                Collectors.partitioningBy(
                    Candle::closed,
                    Collectors.mapping(c -> c.timeframe().code(), Collectors.toSet())));

    assertThat(timeframes.get(false))
        .containsExactlyInAnyOrder("1m", "5m", "15m", "1h", "4h", "1d");
    assertThat(timeframes.get(true)).containsExactlyInAnyOrder("1m", "5m", "15m", "1h", "4h", "1d");
  }

  @Test
  void givenEachFrame_whenDecoded_thenItIsWhatTheFrameSaysItIs() {
    for (Decoded d : TenMinutes.decoded()) {
      SyntheticFrame frame = d.frame();
      MarketEvent event = d.event();
      assertThat(event.symbol()).isEqualTo(frame.symbol());
      assertThat(event.eventTime()).isEqualTo(frame.eventTime());
      assertThat(event).isInstanceOf(expectedClass(frame.type()));
      if (event instanceof OrderBookDepth depth) {
        DepthKind kind =
            frame.type() == SyntheticEventType.DEPTH_PARTIAL ? DepthKind.PARTIAL : DepthKind.DIFF;
        assertThat(depth.kind()).isEqualTo(kind);
      }
      if (event instanceof Ticker ticker) {
        assertThat(ticker.mini()).isEqualTo(frame.type() == SyntheticEventType.MINI_TICKER);
      }
    }
  }

  @Test
  void givenTheDefaultRate_whenTenVirtualMinutesRun_thenAboutThreeHundredFramesASecondAreSent() {
    double perSecond = TenMinutes.decoded().size() / 600.0;

    assertThat(perSecond).isBetween(270.0, 330.0);
  }

  private static Class<?> expectedClass(SyntheticEventType type) {
    return switch (type) {
      case TRADE -> Trade.class;
      case AGG_TRADE -> AggregateTrade.class;
      case KLINE -> Candle.class;
      case DEPTH_DIFF, DEPTH_PARTIAL -> OrderBookDepth.class;
      case MARK_PRICE -> MarkPrice.class;
      case TICKER, MINI_TICKER -> Ticker.class;
      case BOOK_TICKER -> BookTicker.class;
      case FORCE_ORDER -> Liquidation.class;
    };
  }
}
