package com.mdm.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Messages in the producer's envelope, one kind per event type, with made-up but realistic values.
 */
final class SamplePayloads {

  private static final String[] SYMBOLS = {
    "BTCUSDT", "ETHUSDT", "BNBUSDT", "SOLUSDT", "XRPUSDT", "ADAUSDT", "LTCUSDT", "LINKUSDT"
  };

  private SamplePayloads() {}

  static byte[] aggTrade(long id) {
    String symbol = SYMBOLS[(int) (id % SYMBOLS.length)];
    long time = 1_714_564_800_000L + id;
    return envelope(
        symbol.toLowerCase() + "@aggTrade",
        "{\"e\":\"aggTrade\",\"E\":"
            + (time + 3)
            + ",\"a\":"
            + id
            + ",\"s\":\""
            + symbol
            + "\",\"p\":\""
            + price(id)
            + "\",\"q\":\"0.0"
            + (id % 97 + 1)
            + "\",\"f\":"
            + (id * 3)
            + ",\"l\":"
            + (id * 3 + 2)
            + ",\"T\":"
            + time
            + ",\"m\":"
            + (id % 2 == 0)
            + "}");
  }

  static byte[] trade(long id) {
    long time = 1_714_564_800_000L + id;
    return envelope(
        "btcusdt@trade",
        "{\"e\":\"trade\",\"E\":"
            + time
            + ",\"T\":"
            + time
            + ",\"s\":\"BTCUSDT\",\"t\":"
            + id
            + ",\"p\":\""
            + price(id)
            + "\",\"q\":\"0.002\",\"X\":\"MARKET\",\"m\":false}");
  }

  static byte[] kline(long id) {
    long open = 1_714_564_800_000L + (id / 240) * 60_000L;
    return envelope(
        "btcusdt@kline_1m",
        "{\"e\":\"kline\",\"E\":"
            + (open + id % 240 * 250)
            + ",\"s\":\"BTCUSDT\",\"k\":{\"t\":"
            + open
            + ",\"T\":"
            + (open + 59_999)
            + ",\"s\":\"BTCUSDT\",\"i\":\"1m\",\"f\":100,\"L\":200,"
            + "\"o\":\"64000.10\",\"c\":\""
            + price(id)
            + "\",\"h\":\"65999.90\",\"l\":\"63000.00\","
            + "\"v\":\"12.345\",\"n\":101,\"x\":false,\"q\":\"790000.12\",\"V\":\"6.1\","
            + "\"Q\":\"390000.5\",\"B\":\"0\"}}");
  }

  static byte[] depth(long id, int levels) {
    StringBuilder bids = new StringBuilder();
    StringBuilder asks = new StringBuilder();
    for (int i = 0; i < levels; i++) {
      bids.append(i == 0 ? "" : ",")
          .append("[\"6400")
          .append(i % 10)
          .append(".1\",\"0.5")
          .append(i)
          .append("\"]");
      asks.append(i == 0 ? "" : ",")
          .append("[\"6410")
          .append(i % 10)
          .append(".2\",\"1.2")
          .append(i)
          .append("\"]");
    }
    long time = 1_714_564_800_000L + id * 100;
    return envelope(
        "btcusdt@depth@100ms",
        "{\"e\":\"depthUpdate\",\"E\":"
            + time
            + ",\"T\":"
            + (time - 2)
            + ",\"s\":\"BTCUSDT\",\"U\":"
            + (id * 10)
            + ",\"u\":"
            + (id * 10 + 9)
            + ",\"pu\":"
            + (id * 10 - 1)
            + ",\"b\":["
            + bids
            + "],\"a\":["
            + asks
            + "]}");
  }

  static byte[] bookTicker(long id) {
    long time = 1_714_564_800_000L + id;
    return envelope(
        "btcusdt@bookTicker",
        "{\"e\":\"bookTicker\",\"u\":"
            + id
            + ",\"s\":\"BTCUSDT\",\"b\":\"64000.10\",\"B\":\"1.5\","
            + "\"a\":\"64000.20\",\"A\":\"2.25\",\"T\":"
            + time
            + ",\"E\":"
            + (time + 1)
            + "}");
  }

  static byte[] markPrice(long id) {
    long time = 1_714_564_800_000L + id * 1000;
    return envelope(
        "btcusdt@markPrice@1s",
        "{\"e\":\"markPriceUpdate\",\"E\":"
            + time
            + ",\"s\":\"BTCUSDT\",\"p\":\"64010.12345678\","
            + "\"i\":\"64005.00000000\",\"P\":\"64020.5\",\"r\":\"0.00010000\",\"T\":1714579200000}");
  }

  /** A mixed set, in proportions a busy feed has: mostly trades, depth and book tickers. */
  static List<byte[]> mixed(int count) {
    List<byte[]> payloads = new ArrayList<>(count);
    for (long i = 1; i <= count; i++) {
      payloads.add(
          switch ((int) (i % 10)) {
            case 0, 1, 2, 3 -> aggTrade(i);
            case 4, 5 -> bookTicker(i);
            case 6, 7 -> depth(i, 10);
            case 8 -> kline(i);
            default -> trade(i);
          });
    }
    return payloads;
  }

  private static String price(long id) {
    return "64" + String.format("%03d", id % 1000) + "." + (id % 10) + "0";
  }

  private static byte[] envelope(String stream, String data) {
    return ("{\"stream\":\""
            + stream
            + "\",\"data\":"
            + data
            + ",\"timestamp\":\"2024-05-01T12:00:00.123456Z\","
            + "\"message_id\":\"6f1c2a7e-0000-4000-8000-000000000000\","
            + "\"source\":\"binance-websocket\",\"version\":\"1.0\"}")
        .getBytes(StandardCharsets.UTF_8);
  }
}
