package com.mdm.adapter.in.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mdm.testsupport.TestServices;
import io.nats.client.Connection;
import io.nats.client.JetStreamManagement;
import io.nats.client.Message;
import io.nats.client.Nats;
import io.nats.client.Subscription;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Frames reach a real NATS server unchanged, by core NATS and by JetStream. */
class NatsSyntheticPublisherIT {

  private Connection connection;
  private String subject;
  private String stream;
  private List<SyntheticFrame> frames;

  @BeforeEach
  void connect() throws Exception {
    connection = Nats.connect(TestServices.natsUrl());
    String id = TestServices.uniqueName("synthetic");
    subject = "mdm." + id + ".data";
    stream = ("MDM_" + id).toUpperCase(Locale.ROOT);
    SyntheticMarket market = new SyntheticMarket(SyntheticMarketSettings.defaults());
    frames = market.advanceTo(market.now().plusSeconds(2));
  }

  @AfterEach
  void close() throws Exception {
    try {
      if (connection.jetStreamManagement().getStreamNames().contains(stream)) {
        connection.jetStreamManagement().deleteStream(stream);
      }
    } finally {
      connection.close();
    }
  }

  @Test
  void givenACoreSubscriber_whenFramesArePublished_thenItReceivesTheirBytesInOrder()
      throws Exception {
    Subscription subscription = connection.subscribe(subject);
    connection.flush(Duration.ofSeconds(5));
    NatsSyntheticPublisher publisher = NatsSyntheticPublisher.core(connection, subject);

    frames.forEach(frame -> publisher.accept(frame.bytes()));
    connection.flush(Duration.ofSeconds(5));

    List<byte[]> received = new ArrayList<>();
    for (int i = 0; i < frames.size(); i++) {
      Message message = subscription.nextMessage(Duration.ofSeconds(5));
      assertThat(message).as("message %d of %d", i, frames.size()).isNotNull();
      received.add(message.getData());
    }
    assertThat(received)
        .containsExactlyElementsOf(frames.stream().map(SyntheticFrame::bytes).toList());
  }

  @Test
  void givenAStreamCapturingTheSubject_whenPublishedWithJetStream_thenTheStreamHoldsEveryFrame()
      throws Exception {
    JetStreamManagement management = connection.jetStreamManagement();
    management.addStream(
        StreamConfiguration.builder()
            .name(stream)
            .subjects(subject)
            .storageType(StorageType.Memory)
            .build());
    NatsSyntheticPublisher publisher = NatsSyntheticPublisher.jetStream(connection, subject);

    frames.forEach(frame -> publisher.accept(frame.bytes()));

    assertThat(management.getStreamInfo(stream).getStreamState().getMsgCount())
        .isEqualTo(frames.size());
    assertThat(management.getMessage(stream, 1).getData()).isEqualTo(frames.getFirst().bytes());
    assertThat(management.getLastMessage(stream, subject).getData())
        .isEqualTo(frames.getLast().bytes());
  }

  @Test
  void givenNoStreamCapturingTheSubject_whenPublishedWithJetStream_thenTheErrorNamesTheSubject() {
    NatsSyntheticPublisher publisher = NatsSyntheticPublisher.jetStream(connection, subject);

    assertThatThrownBy(() -> publisher.accept(frames.getFirst().bytes()))
        .hasMessageContaining(subject);
  }

  @Test
  void givenAWildcardSubject_whenAPublisherIsMade_thenItIsRefused() {
    assertThatThrownBy(() -> NatsSyntheticPublisher.core(connection, "binance.>"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("without spaces or wildcards");
  }
}
