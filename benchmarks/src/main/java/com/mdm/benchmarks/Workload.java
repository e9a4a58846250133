package com.mdm.benchmarks;

import com.mdm.adapter.in.synthetic.SyntheticFrame;
import com.mdm.adapter.in.synthetic.SyntheticMarket;
import com.mdm.adapter.in.synthetic.SyntheticMarketSettings;
import com.mdm.domain.market.Symbol;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's messages: the first N frames of the synthetic market (five symbols at 20,000
 * events/s of virtual time), so trades, aggregate trades, book tickers, diff and partial depth,
 * klines, mark prices, tickers and liquidations come in the proportions a busy feed has.
 */
final class Workload {

  private Workload() {}

  static List<byte[]> messages(int count) {
    return frames(count).stream().map(SyntheticFrame::bytes).toList();
  }

  static List<SyntheticFrame> frames(int count) {
    SyntheticMarketSettings settings =
        SyntheticMarketSettings.defaults()
            .withSymbols(
                List.of(
                    Symbol.of("BTCUSDT"),
                    Symbol.of("ETHUSDT"),
                    Symbol.of("BNBUSDT"),
                    Symbol.of("SOLUSDT"),
                    Symbol.of("XRPUSDT")))
            .withEventsPerSecond(20_000)
            .withSeed(13);
    SyntheticMarket market = new SyntheticMarket(settings);
    List<SyntheticFrame> frames = new ArrayList<>(count);
    while (frames.size() < count) {
      for (SyntheticFrame frame : market.advanceTo(market.now().plus(Duration.ofSeconds(1)))) {
        if (frames.size() < count) {
          frames.add(frame);
        }
      }
    }
    return frames;
  }
}
