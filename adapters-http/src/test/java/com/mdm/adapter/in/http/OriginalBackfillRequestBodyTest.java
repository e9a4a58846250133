package com.mdm.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.BackfillDataType;
import com.mdm.domain.port.in.BackfillRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OriginalBackfillRequestBodyTest {

  private static final Instant MAY_1 = Instant.parse("2024-05-01T00:00:00Z");

  @Test
  void givenTheOriginalsCandleBody_whenParsed_thenEveryFieldMapsOntoTheRequest() {
    BackfillRequest request =
        parse(
            """
            {"symbol": "BTCUSDT", "data_type": "candles", "timeframe": "1h",
             "start_time": "2024-05-01T00:00:00Z", "end_time": "2024-05-02T00:00:00Z",
             "priority": 3}
            """);

    assertThat(request)
        .isEqualTo(
            new BackfillRequest(
                Symbol.of("BTCUSDT"),
                BackfillDataType.CANDLES,
                Timeframe.HOUR_1,
                MAY_1,
                Instant.parse("2024-05-02T00:00:00Z"),
                8));
  }

  @ParameterizedTest
  @CsvSource({
    "candles, CANDLES",
    "trades, AGG_TRADES",
    "funding, FUNDING_RATES",
    "Funding, FUNDING_RATES",
    "agg_trades, AGG_TRADES",
    "funding_rates, FUNDING_RATES",
    "mark_price_candles, MARK_PRICE_CANDLES"
  })
  void givenADataTypeOfTheOriginalOrOfThisService_whenParsed_thenItIsThatType(
      String name, BackfillDataType expected) {
    String timeframe =
        expected == BackfillDataType.CANDLES || expected == BackfillDataType.MARK_PRICE_CANDLES
            ? "\"timeframe\": \"1m\","
            : "";

    BackfillRequest request =
        parse(
            "{\"symbol\": \"BTCUSDT\", \"data_type\": \""
                + name
                + "\", "
                + timeframe
                + " \"start_time\": \"2024-05-01\", \"end_time\": \"2024-05-02\"}");

    assertThat(request.dataType()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"2024-05-01T00:00:00Z\"           | 2024-05-01T00:00:00Z",
        "\"2024-05-01T02:00:00+02:00\"      | 2024-05-01T00:00:00Z",
        "\"2024-05-01T02:00:00+0200\"       | 2024-05-01T00:00:00Z",
        "\"2024-05-01T00:00:00\"            | 2024-05-01T00:00:00Z",
        "\"2024-05-01 00:00:00.250\"        | 2024-05-01T00:00:00.250Z",
        "\"2024-05-01T00:00\"               | 2024-05-01T00:00:00Z",
        "\"2024-05-01\"                     | 2024-05-01T00:00:00Z",
        "1714521600                         | 2024-05-01T00:00:00Z",
        "1714521600.5                       | 2024-05-01T00:00:00.500Z",
        "\"1714521600\"                     | 2024-05-01T00:00:00Z",
        "1714521600000                      | 2024-05-01T00:00:00Z",
        "\"1714521600250\"                  | 2024-05-01T00:00:00.250Z"
      })
  void givenATimeAsTheOriginalAcceptedIt_whenParsed_thenItIsThatInstant(
      String json, String expected) {
    BackfillRequest request =
        parse(
            "{\"symbol\": \"BTCUSDT\", \"data_type\": \"funding\", \"start_time\": "
                + json
                + ", \"end_time\": \"2030-01-01T00:00:00Z\"}");

    assertThat(request.startTime()).isEqualTo(Instant.parse(expected));
  }

  @Test
  void givenNoPriority_whenParsed_thenTheOriginalsDefault5RunsAs6() {
    BackfillRequest request =
        parse(
            """
            {"symbol": "BTCUSDT", "data_type": "funding",
             "start_time": "2024-05-01", "end_time": "2024-05-02"}
            """);

    assertThat(request.priority()).isEqualTo(6);
    assertThat(OriginalBackfillRequestBody.priority(1)).isEqualTo(10);
    assertThat(OriginalBackfillRequestBody.priority(10)).isEqualTo(1);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"symbol\": \"BTCUSDT\", \"pair\": \"BTCUSDT\"}                 | pair",
        "{\"data_type\": \"funding\"}                                     | symbol",
        "{\"symbol\": \"btcusdt\", \"data_type\": \"funding\"}            | symbol",
        "{\"symbol\": \"BTCUSDT\", \"data_type\": \"depth\"}              | data_type",
        "{\"symbol\": \"BTCUSDT\", \"data_type\": \"candles\", \"start_time\": \"2024-05-01\"} "
            + "| timeframe",
        "{\"symbol\": \"BTCUSDT\", \"data_type\": \"funding\", \"timeframe\": \"1h\"} | timeframe",
        "{\"symbol\": \"BTCUSDT\", \"data_type\": \"funding\", \"start_time\": \"yesterday\"} "
            + "| start_time",
        "{\"symbol\": \"BTCUSDT\", \"data_type\": \"funding\", \"start_time\": true} | start_time",
        "{\"symbol\": \"BTCUSDT\", \"data_type\": \"funding\", \"start_time\": \"2024-05-02\","
            + " \"end_time\": \"2024-05-01\"} | end_time",
        "{\"symbol\": \"BTCUSDT\", \"data_type\": \"funding\", \"start_time\": \"2024-05-01\","
            + " \"end_time\": \"2024-05-02\", \"priority\": 11} | priority",
        "[]                                                               | body"
      })
  void givenABadOriginalBody_whenParsed_thenTheFieldIsNamedAsTheOriginalWroteIt(
      String json, String field) {
    assertThatThrownBy(() -> parse(json))
        .isInstanceOfSatisfying(
            InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  private static BackfillRequest parse(String json) {
    return OriginalBackfillRequestBody.parse(json.getBytes(StandardCharsets.UTF_8));
  }
}
