package com.mdm.adapter.in.nats;

import com.mdm.decoder.binance.BinanceMessageDecoder;
import com.mdm.domain.port.in.IngestMarketEventUseCase;
import io.nats.client.Connection;
import java.io.IOException;
import java.time.Clock;

/** Builds the listener for the configured delivery mode. */
public final class MarketEventListeners {

  private MarketEventListeners() {}

  public static MarketEventListener create(
      Connection connection,
      NatsListenerSettings settings,
      BinanceMessageDecoder decoder,
      IngestMarketEventUseCase ingest,
      ListenerMetrics metrics,
      Clock clock)
      throws IOException {
    return create(connection, settings, decoder, ingest, metrics, clock, MessageTracing.NONE);
  }

  /** As above, each message's handling run through {@code tracing}. */
  public static MarketEventListener create(
      Connection connection,
      NatsListenerSettings settings,
      BinanceMessageDecoder decoder,
      IngestMarketEventUseCase ingest,
      ListenerMetrics metrics,
      Clock clock,
      MessageTracing tracing)
      throws IOException {
    boolean jetStream = settings.mode() == NatsListenerSettings.DeliveryMode.JETSTREAM;
    DeadLetterPublisher deadLetters =
        new DeadLetterPublisher(
            new NatsDeadLetterTransport(connection, jetStream ? connection.jetStream() : null),
            settings.deadLetterSubject(),
            settings.subject());
    MessageHandler handler =
        new MessageHandler(decoder, ingest, deadLetters, metrics, clock, tracing);
    return jetStream
        ? new JetStreamMarketEventListener(connection, settings, handler, metrics)
        : new NatsCoreMarketEventListener(connection, settings, handler, metrics);
  }
}
