package com.mdm.domain.port.out;

import com.mdm.domain.market.SeriesType;
import java.time.Duration;

/** Receives measurements of the storage side of ingest. */
public interface IngestMetrics {

  /** A batch of {@code size} records of one type was written in {@code latency}. */
  void batchWritten(SeriesType type, int size, WriteResult result, Duration latency);

  /** A batch of {@code size} records of one type could not be written. */
  void batchFailed(SeriesType type, int size, Throwable cause);

  /** Records nothing; for tests and tools. */
  IngestMetrics NONE =
      new IngestMetrics() {
        @Override
        public void batchWritten(SeriesType type, int size, WriteResult result, Duration latency) {}

        @Override
        public void batchFailed(SeriesType type, int size, Throwable cause) {}
      };
}
