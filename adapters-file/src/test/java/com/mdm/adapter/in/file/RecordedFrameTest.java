package com.mdm.adapter.in.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecordedFrameTest {

  private static final String FRAME =
      "{\"stream\":\"btcusdt@aggTrade\",\"data\":{\"e\":\"aggTrade\"}}";

  @Test
  void aBareFrameHasNoRecordedTime() {
    RecordedFrame frame = RecordedFrame.of(3, bytes(FRAME));

    assertThat(frame.line()).isEqualTo(3);
    assertThat(frame.recordedAt()).isNull();
    assertThat(new String(frame.frame(), StandardCharsets.UTF_8)).isEqualTo(FRAME);
  }

  @Test
  void anArrayFrameIsAFrameToo() {
    assertThat(RecordedFrame.of(1, bytes("[" + FRAME + "]")).recordedAt()).isNull();
  }

  @Test
  void anIsoTimestampPrefixIsTakenOffAndKept() {
    RecordedFrame frame = RecordedFrame.of(1, bytes("2024-08-08T23:54:16.322154Z: " + FRAME));

    assertThat(frame.recordedAt()).isEqualTo(Instant.parse("2024-08-08T23:54:16.322154Z"));
    assertThat(new String(frame.frame(), StandardCharsets.UTF_8)).isEqualTo(FRAME);
  }

  @Test
  void anIsoTimestampWithoutZoneIsUtc() {
    assertThat(RecordedFrame.of(1, bytes("2021-04-05T18:36:37.640: " + FRAME)).recordedAt())
        .isEqualTo(Instant.parse("2021-04-05T18:36:37.640Z"));
  }

  @Test
  void cryptofeedsEpochSecondsPrefixIsTakenOff() {
    RecordedFrame frame = RecordedFrame.of(1, bytes("1617647797.6412938: " + FRAME));

    assertThat(frame.recordedAt()).isEqualTo(Instant.ofEpochSecond(1617647797L, 641293800L));
    assertThat(new String(frame.frame(), StandardCharsets.UTF_8)).isEqualTo(FRAME);
  }

  @Test
  void hftbacktestsEpochNanosecondsPrefixIsTakenOff() {
    RecordedFrame frame = RecordedFrame.of(1, bytes("1723161256322154000 " + FRAME));

    assertThat(frame.recordedAt()).isEqualTo(Instant.ofEpochSecond(1723161256L, 322154000L));
    assertThat(new String(frame.frame(), StandardCharsets.UTF_8)).isEqualTo(FRAME);
  }

  @Test
  void somethingElseIsLeftAsItIsForTheDecoderToRefuse() {
    RecordedFrame frame = RecordedFrame.of(1, bytes("garbage: not a frame"));

    assertThat(frame.recordedAt()).isNull();
    assertThat(new String(frame.frame(), StandardCharsets.UTF_8)).isEqualTo("garbage: not a frame");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
