package com.mdm.adapter.out.binance;

import com.mdm.testsupport.BinanceRestStub;
import java.time.Duration;

/** The Binance client against a Binance stand-in of its own on 127.0.0.1, closed together. */
final class StubbedBinance implements AutoCloseable {

  final BinanceRestStub stub;
  final BinanceExchangeHistoryClient client;

  private StubbedBinance(BinanceRestStub stub, BinanceExchangeHistoryClient client) {
    this.stub = stub;
    this.client = client;
  }

  /** Binance's own budget (2400 a minute, a tenth kept free), pages of 500 klines, 100 trades. */
  static StubbedBinance start() {
    return start(2400, 0.1, Duration.ofMinutes(1), 500, 100);
  }

  /** Fast retries, so that faults play out within a test. */
  static StubbedBinance start(
      int budget, double margin, Duration window, int klinesPage, int tradesPage) {
    BinanceRestStub stub = BinanceRestStub.start(budget, window);
    return new StubbedBinance(
        stub,
        new BinanceExchangeHistoryClient(
            BinanceRestSettings.defaults(stub.baseUrl())
                .withWeightBudget(budget, margin, window)
                .withRetries(
                    Duration.ofMillis(400),
                    3,
                    Duration.ofMillis(20),
                    Duration.ofMillis(100),
                    Duration.ofSeconds(5))
                .withPageSizes(klinesPage, tradesPage, 7)));
  }

  @Override
  public void close() {
    client.close();
    stub.close();
  }
}
