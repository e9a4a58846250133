package com.mdm.testsupport.fake;

import com.mdm.domain.port.out.ExchangeHistoryClient;
import com.mdm.testsupport.contract.ExchangeHistoryClientContract;

/** The fake proven by the contract the Binance client passes against the stub. */
class FakeExchangeHistoryClientTest extends ExchangeHistoryClientContract {

  @Override
  protected ExchangeHistoryClient client() {
    return new FakeExchangeHistoryClient(100);
  }
}
