package com.mdm.adapter.out.binance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mdm.testsupport.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The recorded Binance error bodies ({@code rest/errors.jsonl}) read as codes and messages. */
class BinanceErrorTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<JsonNode> recorded() throws Exception {
    List<String> lines =
        Files.readAllLines(Fixtures.binanceUsdm().resolve("rest").resolve("errors.jsonl"));
    List<JsonNode> records = new java.util.ArrayList<>();
    for (String line : lines) {
      if (!line.isBlank()) {
        records.add(JSON.readTree(line));
      }
    }
    return records;
  }

  private static BinanceError parse(String body) {
    return BinanceError.parse(JSON, body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void givenTheRecordedInvalidSymbolBody_whenParsed_thenCodeAndMessageAreKept() throws Exception {
    BinanceError error = parse(recorded().getFirst().get("body").asText());

    assertThat(error.code()).isEqualTo(-1121);
    assertThat(error.message()).isEqualTo("Invalid symbol.");
    assertThat(error.describe()).isEqualTo("Invalid symbol. (code -1121)");
    assertThat(error.bannedUntil()).isEmpty();
  }

  @Test
  void givenEveryRecordedBanBody_whenParsed_thenTheBanEndIsRead() throws Exception {
    List<JsonNode> bans =
        recorded().stream().filter(r -> r.get("http_status").asInt() == 418).toList();

    assertThat(bans).hasSize(3);
    assertThat(bans)
        .extracting(r -> parse(r.get("body").asText()).bannedUntil().orElseThrow())
        .containsExactly(
            Instant.ofEpochMilli(1544570770441L),
            Instant.ofEpochMilli(1615183669840L),
            Instant.ofEpochMilli(1618228675371L));
  }

  @Test
  void givenABodyThatIsNotABinanceError_whenParsed_thenItsTextIsTheMessage() {
    assertThat(parse("<html>Bad Gateway</html>").describe()).isEqualTo("<html>Bad Gateway</html>");
    assertThat(parse("").describe()).isEqualTo("(empty body)");
  }
}
