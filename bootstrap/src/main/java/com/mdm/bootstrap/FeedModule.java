package com.mdm.bootstrap;

import com.mdm.adapter.in.nats.MarketEventListener;
import com.mdm.adapter.in.synthetic.SyntheticFeed;
import com.mdm.adapter.in.synthetic.SyntheticIngest;
import com.mdm.decoder.binance.BinanceMessageDecoder;
import com.mdm.domain.port.in.IngestMarketEventUseCase;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/** The inbound feed chosen by {@code INGEST_FEED}; only the chosen one is built. */
@Module
interface FeedModule {

  @Provides
  @Singleton
  static InboundFeed feed(
      ServiceConfig config,
      Provider<MarketEventListener> nats,
      BinanceMessageDecoder decoder,
      IngestMarketEventUseCase ingest,
      Clock clock) {
    return switch (config.feed().feed()) {
      case NATS -> nats(nats.get());
      case SYNTHETIC -> {
        SyntheticIngest sink =
            new SyntheticIngest(decoder, ingest, clock, config.nats().maxInFlight());
        yield new SyntheticInboundFeed(
            config.feed().synthetic(),
            sink,
            new SyntheticFeed(config.feed().synthetic(), clock, sink));
      }
      case NONE -> InboundFeed.NONE;
    };
  }

  private static InboundFeed nats(MarketEventListener listener) {
    return new InboundFeed() {
      @Override
      public void start() throws Exception {
        listener.start();
      }

      @Override
      public void stopReceiving() {
        listener.stopReceiving();
      }

      @Override
      public boolean awaitSettled(Duration timeout) throws InterruptedException {
        return listener.awaitSettled(timeout);
      }

      @Override
      public String describe() {
        return listener.describe();
      }
    };
  }
}
