package com.mdm.adapter.in.nats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubjectPatternTest {

  @ParameterizedTest(name = "{0} captures {1}: {2}")
  @CsvSource({
    "binance.futures.websocket.data, binance.futures.websocket.data, true",
    "binance.futures.websocket.data, binance.futures.websocket.dlq, false",
    "binance.futures.websocket.data, binance.futures.websocket, false",
    "binance.futures.*.data, binance.futures.websocket.data, true",
    "binance.*, binance.futures.websocket.data, false",
    "binance.>, binance.futures.websocket.data, true",
    "binance.>, binance, false",
    ">, anything.at.all, true",
    "binance.>, binance.*, true",
    "binance.*, binance.>, false",
    "binance.futures, binance.*, false",
    "binance.*, binance.*, true",
    "orders.created, binance.futures.websocket.data, false"
  })
  void aStreamSubjectCapturesWhatItsWildcardsCover(
      String pattern, String subject, boolean captured) {
    assertThat(SubjectPattern.captures(pattern, subject)).isEqualTo(captured);
  }

  @ParameterizedTest(name = "any of {0}")
  @CsvSource({"a.b;x.y, true", "x.y;z, false"})
  void anyOfSeveralSubjectsMayCapture(String patterns, boolean captured) {
    assertThat(SubjectPattern.anyCaptures(List.of(patterns.split(";")), "a.b")).isEqualTo(captured);
  }
}
