package com.mdm.decoder.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mdm.domain.market.MarketEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecodeResultTest {

  @Test
  void aResultWithoutEventsButWithARejectionIsRejected() {
    DecodeResult result = DecodeResult.rejected(RejectReason.MISSING_FIELD, "missing field 'a'");

    assertThat(result.isRejected()).isTrue();
    assertThat(result.hasRejections()).isTrue();
    assertThat(result.rejections().getFirst().toString())
        .isEqualTo("missing_field: missing field 'a'");
  }

  @Test
  void anEmptyResultIsNotRejected() {
    assertThat(new DecodeResult(List.of(), List.of()).isRejected()).isFalse();
  }

  @Test
  void theListsAreCopiedSoLaterChangesDoNotLeakIn() {
    List<MarketEvent> events = new ArrayList<>();
    DecodeResult result = new DecodeResult(events, new ArrayList<>());

    assertThatThrownBy(
            () -> result.rejections().add(new Rejection(RejectReason.INVALID_VALUE, "x")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(result.events()).isNotSameAs(events);
  }

  @Test
  void everyReasonHasALowerSnakeCaseCode() {
    assertThat(RejectReason.values())
        .extracting(RejectReason::code)
        .containsExactly(
            "malformed_json",
            "oversized_frame",
            "unknown_event_type",
            "missing_field",
            "invalid_symbol",
            "invalid_value",
            "invalid_timestamp",
            "too_many_levels",
            "limit_exceeded",
            "duplicate_field",
            "number_not_string",
            "internal_error");
  }

  @Test
  void theDefaultLimitsAreOneMebibyteAThousandLevelsAndAnHour() {
    assertThat(DecoderLimits.defaults())
        .isEqualTo(new DecoderLimits(1_048_576, 1000, Duration.ofHours(1)));
  }

  @Test
  void limitsThatCannotWorkAreRefusedWithTheirName() {
    assertThatThrownBy(() -> new DecoderLimits(0, 1000, Duration.ofHours(1)))
        .hasMessageContaining("maxFrameBytes");
    assertThatThrownBy(() -> new DecoderLimits(1024, 0, Duration.ofHours(1)))
        .hasMessageContaining("maxDepthLevels");
    assertThatThrownBy(() -> new DecoderLimits(1024, 10, Duration.ofSeconds(-1)))
        .hasMessageContaining("maxFutureSkew");
  }
}
