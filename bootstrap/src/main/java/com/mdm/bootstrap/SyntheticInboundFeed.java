package com.mdm.bootstrap;

import com.mdm.adapter.in.synthetic.SyntheticFeed;
import com.mdm.adapter.in.synthetic.SyntheticIngest;
import com.mdm.adapter.in.synthetic.SyntheticMarketSettings;
import java.time.Duration;

/** The synthetic market generated in process and fed straight to ingest, with no broker. */
final class SyntheticInboundFeed implements InboundFeed {

  private final SyntheticMarketSettings settings;
  private final SyntheticIngest sink;
  private final SyntheticFeed feed;

  SyntheticInboundFeed(SyntheticMarketSettings settings, SyntheticIngest sink, SyntheticFeed feed) {
    this.settings = settings;
    this.sink = sink;
    this.feed = feed;
  }

  @Override
  public void start() {
    feed.start();
  }

  @Override
  public void stopReceiving() {
    feed.stop();
  }

  @Override
  public boolean awaitSettled(Duration timeout) throws InterruptedException {
    return sink.awaitSettled(timeout);
  }

  @Override
  public String describe() {
    return "the synthetic market in process: "
        + settings.symbols()
        + " at about "
        + settings.eventsPerSecond()
        + " events/s, faults "
        + settings.faults();
  }
}
