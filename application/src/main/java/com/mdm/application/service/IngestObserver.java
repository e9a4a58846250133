package com.mdm.application.service;

import com.mdm.domain.market.SeriesKey;

/** Learns what ingest stored, batch by batch; must return quickly and never throw. */
public interface IngestObserver {

  /** A batch of one series was written. */
  void written(SeriesKey key, BatchOutcome outcome);

  /** A message from {@code source} had {@code count} rejected events or was rejected whole. */
  void rejected(String source, long sequence, int count);

  /** Observes nothing. */
  IngestObserver NONE =
      new IngestObserver() {
        @Override
        public void written(SeriesKey key, BatchOutcome outcome) {}

        @Override
        public void rejected(String source, long sequence, int count) {}
      };
}
