package com.mdm.decoder.binance;

import static com.mdm.decoder.binance.DecoderTestFiles.RECEIVED_AT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BinanceMessageDecoderRejectionTest {

  private static final DecoderLimits LIMITS = new DecoderLimits(4096, 5, Duration.ofHours(1));

  private final BinanceMessageDecoder decoder = new BinanceMessageDecoder(LIMITS);

  /** Rows of {@code decoder/rejects.tsv}: reason code, detail fragment, payload. */
  static Stream<Arguments> rejects() {
    return cases().stream().map(row -> Arguments.of(row[0], row[1], row[2]));
  }

  private static List<String[]> cases() {
    return DecoderTestFiles.text("rejects.tsv")
        .lines()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(line -> line.split("\t", 3))
        .toList();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("rejects")
  void aPayloadBreakingARuleIsRejectedWithItsReasonAndADetailNamingTheProblem(
      String code, String fragment, String payload) {
    DecodeResult result = decoder.decode(payload.getBytes(StandardCharsets.UTF_8), RECEIVED_AT);

    assertThat(result.isRejected()).as("rejected, events %s", result.events()).isTrue();
    assertThat(result.rejections()).hasSize(1);
    Rejection rejection = result.rejections().getFirst();
    assertThat(rejection.reason().code()).isEqualTo(code);
    assertThat(rejection.detail()).contains(fragment).doesNotContain("\n");
  }

  @Test
  void theRejectCasesCoverEveryReasonButTheOversizedFrameAndInternalErrors() {
    Set<String> covered = cases().stream().map(row -> row[0]).collect(Collectors.toSet());
    Set<String> expected =
        EnumSet.complementOf(EnumSet.of(RejectReason.OVERSIZED_FRAME, RejectReason.INTERNAL_ERROR))
            .stream()
            .map(RejectReason::code)
            .collect(Collectors.toSet());

    assertThat(covered).isEqualTo(expected);
  }

  @Test
  void aPayloadLongerThanTheLimitIsRejectedBeforeParsing() {
    byte[] payload = new byte[4097];
    Arrays.fill(payload, (byte) '{');

    DecodeResult result = decoder.decode(payload, RECEIVED_AT);

    assertThat(result.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo(RejectReason.OVERSIZED_FRAME);
              assertThat(r.detail()).contains("4097 bytes").contains("4096");
            });
  }

  @Test
  void aPayloadExactlyAtTheLimitIsParsed() {
    String event = DecoderTestFiles.text("envelope-bare.json").strip();
    byte[] payload = (event + " ".repeat(4096 - event.length())).getBytes(StandardCharsets.UTF_8);

    assertThat(decoder.decode(payload, RECEIVED_AT).events()).hasSize(1);
  }

  @Test
  void anEmptyOrNullPayloadIsMalformed() {
    assertThat(decoder.decode(new byte[0], RECEIVED_AT).rejections())
        .extracting(Rejection::reason)
        .containsExactly(RejectReason.MALFORMED_JSON);
    assertThat(decoder.decode(null, RECEIVED_AT).rejections())
        .extracting(Rejection::reason)
        .containsExactly(RejectReason.MALFORMED_JSON);
  }

  @Test
  void deeplyNestedJsonIsOverTheNestingLimitRatherThanAStackOverflow() {
    byte[] payload = "[".repeat(4000).getBytes(StandardCharsets.UTF_8);

    assertThat(decoder.decode(payload, RECEIVED_AT).rejections())
        .extracting(Rejection::reason)
        .containsExactly(RejectReason.LIMIT_EXCEEDED);
  }

  @Test
  void theDefaultLimitAllowsAThousandLevelsPerSideAndNoMore() {
    BinanceMessageDecoder defaults = new BinanceMessageDecoder(DecoderLimits.defaults());

    assertThat(defaults.decode(depthWithBids(1000), RECEIVED_AT).events()).hasSize(1);
    assertThat(defaults.decode(depthWithBids(1001), RECEIVED_AT).rejections())
        .extracting(Rejection::reason)
        .containsExactly(RejectReason.TOO_MANY_LEVELS);
  }

  @Test
  void aTimeWithinTheFutureSkewIsAccepted() {
    String payload =
        """
        {"e":"aggTrade","E":1760965200000,"a":1,"s":"TESTUSDT","p":"1","q":"1","f":1,"l":1,\
        "T":1760965200000,"m":true}""";

    assertThat(decoder.decode(payload.getBytes(StandardCharsets.UTF_8), RECEIVED_AT).events())
        .hasSize(1);
  }

  @Test
  void aDetailIsOneBoundedLineWhateverThePayloadHolds() {
    String symbol = "BAD\\nSYMBOL" + "X".repeat(2000);
    String payload =
        "{\"e\":\"aggTrade\",\"E\":1760961599500,\"a\":1,\"s\":\"" + symbol + "\",\"p\":\"1\"}";

    Rejection rejection =
        decoder
            .decode(payload.getBytes(StandardCharsets.UTF_8), RECEIVED_AT)
            .rejections()
            .getFirst();

    assertThat(rejection.reason()).isEqualTo(RejectReason.INVALID_SYMBOL);
    assertThat(rejection.detail()).doesNotContain("\n").hasSizeLessThan(600);
  }

  @Test
  void randomBytesAndTruncationsNeverEscapeAsExceptions() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    byte[] sound = DecoderTestFiles.bytes("depth-diff-producer.json");
    for (int i = 0; i < 2000; i++) {
      byte[] payload = Arrays.copyOf(sound, random.nextInt(sound.length + 1));
      if (payload.length > 0 && i % 2 == 0) {
        payload[random.nextInt(payload.length)] = (byte) random.nextInt(256);
      }
      assertThatCode(() -> decoder.decode(payload, RECEIVED_AT)).doesNotThrowAnyException();
    }
  }

  private static byte[] depthWithBids(int levels) {
    StringBuilder bids = new StringBuilder();
    for (int i = 0; i < levels; i++) {
      bids.append(i == 0 ? "" : ",").append("[\"").append(10000 - i).append(".5\",\"1\"]");
    }
    return ("{\"stream\":\"testusdt@depth\",\"data\":{\"e\":\"depthUpdate\",\"E\":1760961599500,"
            + "\"T\":1760961599500,\"s\":\"TESTUSDT\",\"U\":1,\"u\":2,\"pu\":0,\"b\":["
            + bids
            + "],\"a\":[]}}")
        .getBytes(StandardCharsets.UTF_8);
  }
}
