package com.mdm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.market.Trade;
import com.mdm.testsupport.hostile.HostileCorpus;
import io.nats.client.Message;
import io.nats.client.Subscription;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A hostile frame just under the NATS server's own payload limit (the shared server's 1 MB) leaves
 * no room for the dead letter's headers: the dead letter carries the frame's first bytes and says
 * how long it was, and the message is settled rather than redelivered for ever.
 */
class DeadLetterAtPayloadLimitIT {

  private RunningService service;
  private Subscription deadLetters;

  @BeforeEach
  void start() throws Exception {
    service = new RunningService(Map.of());
    deadLetters = service.nats().subscribe(service.subject + ".dlq");
    service.nats().flush(Duration.ofSeconds(2));
    service.start();
  }

  @AfterEach
  void stop() throws Exception {
    service.close();
  }

  @Test
  void aRejectedFrameAtTheServersPayloadLimitIsDeadLetteredCutAndSettled() throws Exception {
    long limit = service.nats().getMaxPayload();
    String head = "{\"e\":\"trade\",\"X\":\"";
    String tail = "\"}";
    // 64 bytes short of the limit: the publisher's own (empty) headers fit, the dead letter's do
    // not
    int fill = (int) limit - 64 - head.length() - tail.length();
    byte[] frame = (head + "x".repeat(fill) + tail).getBytes(StandardCharsets.UTF_8);

    service.publish(frame);
    service.publish(good(1));
    service.awaitSettled(Duration.ofSeconds(30));

    Message letter = deadLetters.nextMessage(Duration.ofSeconds(10));
    assertThat(letter).isNotNull();
    assertThat(letter.getHeaders().getFirst("Mdm-Reject-Reason")).isEqualTo("limit_exceeded");
    assertThat(letter.getHeaders().getFirst("Mdm-Original-Bytes"))
        .isEqualTo(Integer.toString(frame.length));
    assertThat(letter.getData().length).isLessThan(frame.length).isGreaterThan(frame.length / 2);
    assertThat(letter.getData()).isEqualTo(Arrays.copyOf(frame, letter.getData().length));
    assertThat(
            service
                .series()
                .repository(SeriesType.TRADES, Trade.class)
                .count(SeriesKey.of(SeriesType.TRADES, Symbol.of("BTCUSDT")), TimeRange.all()))
        .isEqualTo(1);
  }

  private static byte[] good(int id) {
    return HostileCorpus.goodTrade("BTCUSDT", id, 1714564800000L + id)
        .getBytes(StandardCharsets.UTF_8);
  }
}
