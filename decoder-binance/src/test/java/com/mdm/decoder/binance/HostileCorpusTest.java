package com.mdm.decoder.binance;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.testsupport.hostile.HostileCase;
import com.mdm.testsupport.hostile.HostileCorpus;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of the hostile corpus, decoded with the service's default limits, is refused as a
 * whole for the reason the corpus gives, with a one-line detail naming the problem in words.
 */
class HostileCorpusTest {

  /** After every time in the corpus but the deliberately future ones. */
  private static final Instant RECEIVED_AT = Instant.parse("2026-01-01T00:00:00Z");

  private final BinanceMessageDecoder decoder = new BinanceMessageDecoder(DecoderLimits.defaults());

  static Stream<HostileCase> corpus() {
    return HostileCorpus.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void aHostileFrameIsRefusedWholeForItsReasonWithADetailAPersonCanRead(HostileCase hostile) {
    DecodeResult result = decoder.decode(hostile.bytes(), RECEIVED_AT);

    assertThat(result.events()).as("events decoded from %s", hostile).isEmpty();
    // one rejection per case, so that the IT can count the dead-letter meters exactly
    assertThat(result.rejections())
        .extracting(rejection -> rejection.reason().code())
        .as("reasons of %s: %s", hostile, result.rejections())
        .containsExactly(hostile.reason());
    String detail = result.rejections().getFirst().detail();
    assertThat(detail)
        .contains(hostile.detail())
        .hasSizeLessThanOrEqualTo(503)
        .doesNotContain("\n", "\r", "Exception", "com.fasterxml", "StreamReadConstraints", "`");
  }

  @Test
  void theCorpusHasMoreThanSixtyDistinctCasesCoveringEveryReasonButInternalErrors() {
    List<HostileCase> cases = HostileCorpus.all();
    Set<String> reasons = cases.stream().map(HostileCase::reason).collect(Collectors.toSet());

    assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
    assertThat(cases.stream().map(HostileCase::name).distinct()).hasSameSizeAs(cases);
    assertThat(reasons)
        .isEqualTo(
            EnumSet.complementOf(EnumSet.of(RejectReason.INTERNAL_ERROR)).stream()
                .map(RejectReason::code)
                .collect(Collectors.toSet()));
  }

  @Test
  void tighterLimitsRefuseWhatTheDefaultsAccept() {
    byte[] nested =
        "{\"stream\":\"x@trade\",\"data\":[{\"e\":\"trade\",\"x\":[[[1]]]}]}".getBytes();
    BinanceMessageDecoder shallow =
        new BinanceMessageDecoder(
            new DecoderLimits(1 << 20, 1000, java.time.Duration.ofHours(1), 4, 64));

    assertThat(shallow.decode(nested, RECEIVED_AT).rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo(RejectReason.LIMIT_EXCEEDED);
              assertThat(r.detail()).contains("limit of 4 levels");
            });
    assertThat(decoder.decode(nested, RECEIVED_AT).rejections())
        .extracting(Rejection::reason)
        .doesNotContain(RejectReason.LIMIT_EXCEEDED);
  }
}
