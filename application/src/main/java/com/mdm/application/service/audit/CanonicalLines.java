package com.mdm.application.service.audit;

import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.BookTicker;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.FundingRate;
import com.mdm.domain.market.Liquidation;
import com.mdm.domain.market.MarkPrice;
import com.mdm.domain.market.MarkPriceCandle;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.OrderBookDepth;
import com.mdm.domain.market.PriceLevel;
import com.mdm.domain.market.Ticker;
import com.mdm.domain.market.Trade;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * The canonical line of a stored record, the unit a certificate's SHA-256 is taken over: the
 * record's content fields in a fixed order, separated by commas; times as epoch milliseconds,
 * decimals as their exact value in plain notation without trailing zeros, booleans as {@code
 * true}/{@code false}, an absent value as nothing, price levels as {@code price:quantity} joined by
 * {@code ;}. The pair, the timeframe and the receipt time are not content (the dataset names the
 * first two; the third differs between a live and a backfilled copy), nor is the exchange's event
 * time where it is not the record's key. docs/auditor.md lists the fields per type.
 */
public final class CanonicalLines {

  private CanonicalLines() {}

  /** The canonical line of {@code record}, without its line end. */
  public static String of(MarketEvent record) {
    return switch (record) {
      case Candle c ->
          line(
              c.openTime(),
              c.closeTime(),
              c.open(),
              c.high(),
              c.low(),
              c.close(),
              c.volume(),
              c.quoteVolume(),
              c.tradeCount(),
              c.takerBuyBaseVolume(),
              c.takerBuyQuoteVolume(),
              c.closed());
      case MarkPriceCandle c ->
          line(c.openTime(), c.closeTime(), c.open(), c.high(), c.low(), c.close(), c.closed());
      case AggregateTrade t ->
          line(
              t.aggregateTradeId(),
              t.tradeTime(),
              t.price(),
              t.quantity(),
              t.firstTradeId(),
              t.lastTradeId(),
              t.buyerIsMaker());
      case Trade t ->
          line(
              t.tradeId(), t.tradeTime(), t.price(), t.quantity(), t.buyerIsMaker(), t.tradeType());
      case OrderBookDepth d ->
          line(
              d.kind(),
              d.firstUpdateId(),
              d.finalUpdateId(),
              d.previousFinalUpdateId(),
              d.eventTime(),
              d.transactionTime(),
              levels(d.bids()),
              levels(d.asks()));
      case MarkPrice m ->
          line(
              m.eventTime(),
              m.markPrice(),
              m.indexPrice(),
              m.estimatedSettlePrice(),
              m.fundingRate(),
              m.nextFundingTime());
      case FundingRate f -> line(f.fundingTime(), f.fundingRate(), f.markPrice());
      case Ticker t ->
          line(
              t.eventTime(),
              t.mini(),
              t.open(),
              t.high(),
              t.low(),
              t.close(),
              t.volume(),
              t.quoteVolume(),
              t.priceChange(),
              t.priceChangePercent(),
              t.weightedAveragePrice(),
              t.lastQuantity(),
              t.windowOpenTime(),
              t.windowCloseTime(),
              t.firstTradeId(),
              t.lastTradeId(),
              t.tradeCount());
      case BookTicker b ->
          line(
              b.updateId(),
              b.eventTime(),
              b.transactionTime(),
              b.bestBidPrice(),
              b.bestBidQuantity(),
              b.bestAskPrice(),
              b.bestAskQuantity());
      case Liquidation l ->
          line(
              l.tradeTime(),
              l.side(),
              l.orderType(),
              l.timeInForce(),
              l.quantity(),
              l.price(),
              l.averagePrice(),
              l.orderStatus(),
              l.lastFilledQuantity(),
              l.filledAccumulatedQuantity());
    };
  }

  /** A decimal's exact value in plain notation without trailing zeros; {@code 0} for zero. */
  public static String decimal(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  private static String levels(List<PriceLevel> levels) {
    return levels.stream()
        .map(level -> decimal(level.price()) + ":" + decimal(level.quantity()))
        .collect(Collectors.joining(";"));
  }

  private static String line(Object... fields) {
    StringJoiner joined = new StringJoiner(",");
    for (Object field : fields) {
      joined.add(text(field));
    }
    return joined.toString();
  }

  private static String text(Object field) {
    return switch (field) {
      case null -> "";
      case Instant time -> Long.toString(time.toEpochMilli());
      case BigDecimal number -> decimal(number);
      default -> field.toString();
    };
  }
}
