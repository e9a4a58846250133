package com.mdm.adapter.in.nats;

import static com.mdm.adapter.in.nats.DeadLetterHeaders.DETAIL_HEADER;
import static com.mdm.adapter.in.nats.DeadLetterHeaders.MAX_VALUE_CHARS;
import static com.mdm.adapter.in.nats.DeadLetterHeaders.REASON_HEADER;
import static com.mdm.adapter.in.nats.DeadLetterHeaders.SOURCE_HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mdm.decoder.binance.RejectReason;
import com.mdm.decoder.binance.Rejection;
import io.nats.client.impl.Headers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class DeadLetterPublisherTest {

  private final RecordingTransport transport = new RecordingTransport();
  private final DeadLetterPublisher publisher =
      new DeadLetterPublisher(transport, "md.dlq", "md.ws");

  @Test
  void natsItselfRefusesANonAsciiHeaderValueWhichIsWhyValuesAreEscaped() {
    assertThatThrownBy(() -> new Headers().add(DETAIL_HEADER, "symbol 'BTCÜSDT'"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenRejectionsWhenPublishedThenReasonsDetailAndSourceGoInHeadersAndTheBodyIsUntouched() {
    byte[] original = "{\"s\":\"BTCÜSDT\"}".getBytes(StandardCharsets.UTF_8);

    CompletableFuture<Void> sent =
        publisher.publish(
            original,
            List.of(
                new Rejection(RejectReason.INVALID_SYMBOL, "symbol 'BTCÜSDT' is invalid"),
                new Rejection(RejectReason.INVALID_VALUE, "x"),
                new Rejection(RejectReason.INVALID_SYMBOL, "y")));

    assertThat(sent).isCompleted();
    RecordingTransport.Sent letter = transport.sent.get(0);
    assertThat(letter.subject()).isEqualTo("md.dlq");
    assertThat(letter.body()).isSameAs(original);
    assertThat(letter.header(REASON_HEADER)).isEqualTo("invalid_symbol,invalid_value");
    assertThat(letter.header(DETAIL_HEADER)).isEqualTo("symbol 'BTC\\u00dcSDT' is invalid");
    assertThat(letter.header(SOURCE_HEADER)).isEqualTo("md.ws");
  }

  @Test
  void controlCharactersLoneSurrogatesAndBackslashesAreEscapedReadably() {
    assertThat(DeadLetterHeaders.safe("a\r\nb\tc\u0000"))
        .isEqualTo("a\\u000d\\u000ab\\u0009c\\u0000");
    assertThat(DeadLetterHeaders.safe("x\ud800y")).isEqualTo("x\\ud800y");
    assertThat(DeadLetterHeaders.safe("C:\\path")).isEqualTo("C:\\\\path");
    assertThat(DeadLetterHeaders.safe("日本")).isEqualTo("\\u65e5\\u672c");
    assertThat(DeadLetterHeaders.safe(null)).isEmpty();
  }

  @Test
  void aLongValueIsBoundedAndNeverCutInsideAnEscape() {
    String detail = "Ü".repeat(5000);

    String safe = DeadLetterHeaders.safe(detail);

    assertThat(safe)
        .hasSizeLessThanOrEqualTo(MAX_VALUE_CHARS)
        .endsWith("...")
        .matches("[\\x20-\\x7e]*");
    assertThat(safe.substring(0, safe.length() - 3)).matches("(\\\\u00dc)+");
    assertThat(DeadLetterHeaders.safe("a".repeat(5000))).hasSize(MAX_VALUE_CHARS);
  }

  @Test
  void everyCharacterThatCanAppearGivesAValueNatsAccepts() {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x3000; c++) {
      all.append(c);
    }
    String text = all.toString();

    for (int start = 0; start < text.length(); start += 200) {
      String value =
          DeadLetterHeaders.safe(text.substring(start, Math.min(text.length(), start + 200)));
      new Headers().add(DETAIL_HEADER, value);
    }
  }

  @Test
  void aTransportThatThrowsGivesAFailedFutureNotAnException() {
    transport.mode = RecordingTransport.Mode.THROW;

    CompletableFuture<Void> sent =
        publisher.publish(new byte[] {1}, List.of(new Rejection(RejectReason.MALFORMED_JSON, "x")));

    assertThat(sent).isCompletedExceptionally();
  }

  @Test
  void aMessageTooLongToCarryItsHeadersUnderTheLimitGoesOutCutWithItsFullLengthNamed() {
    transport.maxPayload = 2000;
    byte[] original = "x".repeat(5000).getBytes(StandardCharsets.UTF_8);

    publisher.publish(original, List.of(new Rejection(RejectReason.LIMIT_EXCEEDED, "long")));

    RecordingTransport.Sent letter = transport.sent.get(0);
    assertThat(letter.header(DeadLetterPublisher.ORIGINAL_BYTES_HEADER)).isEqualTo("5000");
    assertThat(letter.body().length + letter.headers().serializedLength())
        .isLessThanOrEqualTo(2000)
        .isGreaterThan(1500);
    assertThat(new String(letter.body(), StandardCharsets.UTF_8)).matches("x+");
  }

  @Test
  void aMessageThatFitsWithItsHeadersIsSentWhole() {
    transport.maxPayload = 2000;
    byte[] original = "x".repeat(1000).getBytes(StandardCharsets.UTF_8);

    publisher.publish(original, List.of(new Rejection(RejectReason.LIMIT_EXCEEDED, "long")));

    assertThat(transport.sent.get(0).body()).isSameAs(original);
    assertThat(transport.sent.get(0).header(DeadLetterPublisher.ORIGINAL_BYTES_HEADER)).isNull();
  }
}
