package com.mdm.adapter.out.binance;

import com.fasterxml.jackson.databind.JsonNode;
import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.FundingRate;
import com.mdm.domain.market.MarkPriceCandle;
import com.mdm.domain.market.Ohlc;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Maps Binance REST rows to domain records. Kline rows are arrays {@code [openTime, open, high,
 * low, close, volume, closeTime, quoteVolume, trades, takerBuyBase, takerBuyQuote, ignore]}
 * (mark-price klines carry no volumes); aggregate trades {@code {a, p, q, f, l, T, m}}; funding
 * rates {@code {symbol, fundingTime, fundingRate, markPrice}}.
 *
 * <p>A candle is closed when its close time lies before the fetch; its event time is then close
 * time + 1 ms (so a refetch yields the same record, and it replaces an open candle the websocket
 * left behind), else the fetch time. Aggregate trades and funding rates take their own time as
 * event time. Every record gets the fetch time as {@code receivedAt}. A row that does not fit fails
 * the page with an {@link IllegalArgumentException} naming the row and field.
 */
final class BinanceRestMapper {

  private BinanceRestMapper() {}

  static List<Candle> candles(JsonNode rows, Symbol symbol, Timeframe timeframe, Instant fetched) {
    return each(
        rows,
        row -> {
          Instant open = time(at(row, 0), "openTime");
          Instant close = time(at(row, 6), "closeTime");
          boolean closed = close.isBefore(fetched);
          return new Candle(
              symbol,
              timeframe,
              open,
              close,
              new Ohlc(
                  decimal(at(row, 1), "open"),
                  decimal(at(row, 2), "high"),
                  decimal(at(row, 3), "low"),
                  decimal(at(row, 4), "close")),
              decimal(at(row, 5), "volume"),
              decimal(at(row, 7), "quoteVolume"),
              integer(at(row, 8), "trades"),
              decimal(at(row, 9), "takerBuyBaseVolume"),
              decimal(at(row, 10), "takerBuyQuoteVolume"),
              closed,
              closed ? close.plusMillis(1) : fetched,
              fetched);
        });
  }

  static List<MarkPriceCandle> markPriceCandles(
      JsonNode rows, Symbol symbol, Timeframe timeframe, Instant fetched) {
    return each(
        rows,
        row -> {
          Instant close = time(at(row, 6), "closeTime");
          boolean closed = close.isBefore(fetched);
          return new MarkPriceCandle(
              symbol,
              timeframe,
              time(at(row, 0), "openTime"),
              close,
              new Ohlc(
                  decimal(at(row, 1), "open"),
                  decimal(at(row, 2), "high"),
                  decimal(at(row, 3), "low"),
                  decimal(at(row, 4), "close")),
              closed,
              closed ? close.plusMillis(1) : fetched,
              fetched);
        });
  }

  static List<AggregateTrade> aggregateTrades(JsonNode rows, Symbol symbol, Instant fetched) {
    return each(
        rows,
        row -> {
          Instant tradeTime = time(field(row, "T"), "T");
          return new AggregateTrade(
              symbol,
              integer(field(row, "a"), "a"),
              decimal(field(row, "p"), "p"),
              decimal(field(row, "q"), "q"),
              integer(field(row, "f"), "f"),
              integer(field(row, "l"), "l"),
              bool(field(row, "m"), "m"),
              tradeTime,
              tradeTime,
              fetched);
        });
  }

  static List<FundingRate> fundingRates(JsonNode rows, Symbol symbol, Instant fetched) {
    return each(
        rows,
        row -> {
          String rowSymbol = field(row, "symbol").asText();
          if (!rowSymbol.equals(symbol.value())) {
            throw new IllegalArgumentException(
                "field 'symbol' is " + rowSymbol + " but " + symbol + " was asked for");
          }
          Instant fundingTime = time(field(row, "fundingTime"), "fundingTime");
          JsonNode markPrice = row.get("markPrice");
          boolean noMarkPrice =
              markPrice == null || markPrice.isNull() || markPrice.asText().isEmpty();
          return new FundingRate(
              symbol,
              fundingTime,
              decimal(field(row, "fundingRate"), "fundingRate"),
              noMarkPrice ? null : decimal(markPrice, "markPrice"),
              fundingTime,
              fetched);
        });
  }

  private static <T> List<T> each(JsonNode rows, Function<JsonNode, T> mapper) {
    if (rows == null || !rows.isArray()) {
      throw new IllegalArgumentException("expected a JSON array of rows");
    }
    List<T> records = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      try {
        records.add(mapper.apply(rows.get(i)));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new IllegalArgumentException("row " + i + ": " + e.getMessage(), e);
      }
    }
    return records;
  }

  private static JsonNode at(JsonNode row, int index) {
    if (!row.isArray() || row.size() <= index) {
      throw new IllegalArgumentException("expected an array of at least " + (index + 1) + " items");
    }
    return row.get(index);
  }

  private static JsonNode field(JsonNode row, String name) {
    JsonNode value = row.get(name);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("field '" + name + "' is missing");
    }
    return value;
  }

  private static BigDecimal decimal(JsonNode node, String name) {
    try {
      return node.isNumber() ? node.decimalValue() : new BigDecimal(node.asText());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " '" + node.asText() + "' is not a decimal");
    }
  }

  private static long integer(JsonNode node, String name) {
    if (node.canConvertToLong() && node.isIntegralNumber()) {
      return node.asLong();
    }
    throw new IllegalArgumentException(name + " '" + node.asText() + "' is not an integer");
  }

  private static Instant time(JsonNode node, String name) {
    return Instant.ofEpochMilli(integer(node, name));
  }

  private static boolean bool(JsonNode node, String name) {
    if (!node.isBoolean()) {
      throw new IllegalArgumentException(name + " '" + node.asText() + "' is not a boolean");
    }
    return node.asBoolean();
  }
}
