package com.mdm.adapter.in.synthetic;

import com.mdm.decoder.binance.BinanceMessageDecoder;
import com.mdm.decoder.binance.DecodeResult;
import com.mdm.domain.port.in.IngestCommand;
import com.mdm.domain.port.in.IngestMarketEventUseCase;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process sink of the synthetic feed: decodes each frame as the NATS listener would and
 * hands its events to the ingest use case, with a bound on frames not yet stored, so development
 * mode exercises the whole path without a broker. A frame the store fails on is logged and counted
 * (there is no broker to redeliver it); one the decoder refuses is counted by reason in the log.
 */
public final class SyntheticIngest implements Consumer<byte[]> {

  /** The ingest source of the synthetic feed's commands. */
  public static final String SOURCE = "synthetic";

  private static final Logger LOG = LoggerFactory.getLogger(SyntheticIngest.class);

  private final BinanceMessageDecoder decoder;
  private final IngestMarketEventUseCase ingest;
  private final Clock clock;
  private final int maxInFlight;
  private final Semaphore inFlight;
  private final AtomicLong sequence = new AtomicLong();
  private final AtomicLong rejected = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();

  public SyntheticIngest(
      BinanceMessageDecoder decoder,
      IngestMarketEventUseCase ingest,
      Clock clock,
      int maxInFlight) {
    this.decoder = decoder;
    this.ingest = ingest;
    this.clock = clock;
    this.maxInFlight = maxInFlight;
    this.inFlight = new Semaphore(maxInFlight);
  }

  @Override
  public void accept(byte[] frame) {
    DecodeResult result = decoder.decode(frame, clock.instant().truncatedTo(ChronoUnit.MILLIS));
    long number = sequence.incrementAndGet();
    if (result.hasRejections()) {
      rejected.incrementAndGet();
      LOG.warn("synthetic frame {} rejected: {}", number, result.rejections().get(0));
    }
    if (result.events().isEmpty()) {
      return;
    }
    inFlight.acquireUninterruptibly();
    ingest
        .ingest(new IngestCommand(result.events(), SOURCE, number, result.rejections().size()))
        .whenComplete(
            (ok, error) -> {
              inFlight.release();
              if (error != null && failed.incrementAndGet() % 1000 == 1) {
                LOG.warn(
                    "storing synthetic frames failed ({} so far): {}", failed, error.toString());
              }
            });
  }

  /** Waits until every frame taken is stored or failed; false when the wait timed out. */
  public boolean awaitSettled(Duration timeout) throws InterruptedException {
    if (!inFlight.tryAcquire(maxInFlight, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      return false;
    }
    inFlight.release(maxInFlight);
    return true;
  }

  /** Frames the decoder refused, in whole or in part. */
  public long rejected() {
    return rejected.get();
  }

  /** Frames the store failed on. */
  public long failed() {
    return failed.get();
  }
}
