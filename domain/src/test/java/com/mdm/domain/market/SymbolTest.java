package com.mdm.domain.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SymbolTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "BTCUSDT",
        "BTCUSDT_210625",
        "1000SHIBUSDT",
        "A",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"
      })
  void acceptsBinanceSymbols(String value) {
    assertThat(Symbol.of(value).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "btcusdt",
        "BTC-USDT",
        "BTC.USDT",
        "BTC USDT",
        "BTC$USDT",
        "trades_X;drop",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456",
        "BTC\u0000",
        "ÄBC"
      })
  void rejectsAnythingThatCouldNotBeACollectionNameSafely(String value) {
    assertThatThrownBy(() -> Symbol.of(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("symbol")
        .hasMessageContaining("A-Z, 0-9 or _");
  }

  @org.junit.jupiter.api.Test
  void rejectsNull() {
    assertThatThrownBy(() -> Symbol.of(null)).hasMessage("symbol must not be null");
  }
}
