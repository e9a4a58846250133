package com.mdm.adapter.in.synthetic;

import com.mdm.domain.market.Symbol;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The producer's own naming, reproduced: the stream it rebuilds from an event's {@code e} and
 * {@code s} (its {@code _determine_stream_name}), and its timestamp format.
 */
final class ProducerStreams {

  private ProducerStreams() {}

  /**
   * The producer's stream for an event: {@code <s>@trade}, {@code @ticker}, {@code
   * @depth20@100ms} for every depthUpdate, {@code @markPrice@1s}, else {@code <s>@<e>} (so {@code
   * btcusdt@kline}, without the interval).
   */
  static String stream(String eventType, Symbol symbol) {
    String s = symbol.value().toLowerCase(Locale.ROOT);
    return switch (eventType) {
      case "trade" -> s + "@trade";
      case "24hrTicker" -> s + "@ticker";
      case "depthUpdate" -> s + "@depth20@100ms";
      case "markPriceUpdate" -> s + "@markPrice@1s";
      default -> s + "@" + eventType;
    };
  }

  /** The Binance stream name of a symbol's stream, e.g. {@code btcusdt@forceOrder}. */
  static String binanceStream(Symbol symbol, String suffix) {
    return symbol.value().toLowerCase(Locale.ROOT) + "@" + suffix;
  }

  /**
   * Python's {@code datetime.utcnow().isoformat() + "Z"}: microseconds, left out entirely when they
   * are zero.
   */
  static String timestamp(Instant instant) {
    LocalDateTime time = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    String seconds =
        String.format(
            Locale.ROOT,
            "%04d-%02d-%02dT%02d:%02d:%02d",
            time.getYear(),
            time.getMonthValue(),
            time.getDayOfMonth(),
            time.getHour(),
            time.getMinute(),
            time.getSecond());
    int micros = time.getNano() / 1000;
    return micros == 0 ? seconds + "Z" : seconds + String.format(Locale.ROOT, ".%06dZ", micros);
  }
}
