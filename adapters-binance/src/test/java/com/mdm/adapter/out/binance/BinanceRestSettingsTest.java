package com.mdm.adapter.out.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BinanceRestSettingsTest {

  private static final BinanceRestSettings DEFAULTS =
      BinanceRestSettings.defaults(BinanceRestSettings.DEFAULT_BASE_URL);

  @Test
  void theDefaultsFollowBinancesPublishedLimits() {
    assertThat(DEFAULTS.baseUrl()).isEqualTo(URI.create("https://fapi.binance.com"));
    assertThat(DEFAULTS.weightBudget()).isEqualTo(2400);
    assertThat(DEFAULTS.weightLimit()).isEqualTo(2160);
    assertThat(DEFAULTS.fundingRequestLimit()).isEqualTo(450);
    assertThat(Endpoint.KLINES.weight(DEFAULTS.klinesPageSize())).isEqualTo(5);
    assertThat(Endpoint.KLINES.weight(1500)).isEqualTo(10);
    assertThat(Endpoint.KLINES.weight(499)).isEqualTo(2);
    assertThat(Endpoint.KLINES.weight(99)).isEqualTo(1);
    assertThat(Endpoint.AGG_TRADES.weight(1)).isEqualTo(20);
  }

  @Test
  void aBudgetThatCannotHoldTheHeaviestRequestIsRefusedWithTheNumbers() {
    assertThatThrownBy(() -> DEFAULTS.withWeightBudget(20, 0.1, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "weightBudget 20 less the safety margin leaves 18, less than the heaviest request (20)");
  }

  @Test
  void invalidValuesAreRefusedNamingTheField() {
    assertThatThrownBy(() -> DEFAULTS.withWeightBudget(2400, 0.95, Duration.ofMinutes(1)))
        .hasMessage("safetyMargin must be between 0 and 0.9 but was 0.95");
    assertThatThrownBy(() -> DEFAULTS.withPageSizes(1501, 1000, 1000))
        .hasMessage("klinesPageSize must be between 1 and 1500 (/fapi/v1/klines) but was 1501");
    assertThatThrownBy(() -> DEFAULTS.withPageSizes(1000, 1001, 1000))
        .hasMessageContaining("aggTradesPageSize must be between 1 and 1000");
    assertThatThrownBy(() -> BinanceRestSettings.defaults(URI.create("ftp://fapi.binance.com")))
        .hasMessageContaining("baseUrl 'ftp://fapi.binance.com' is invalid");
  }
}
