package com.mdm.application.service;

import com.mdm.domain.market.SeriesKey;
import java.util.List;

/** Learns what ingest stored, batch by batch; must return quickly and never throw. */
public interface IngestObserver {

  /** A batch of one series was written. */
  void written(SeriesKey key, BatchOutcome outcome);

  /** A message from {@code source} had {@code count} rejected events or was rejected whole. */
  void rejected(String source, long sequence, int count);

  /** A message from {@code source} reached ingest (before anything was stored). */
  default void received(String source) {}

  /** Tells every one of {@code observers}, in order; one that throws does not stop the others. */
  static IngestObserver all(IngestObserver... observers) {
    List<IngestObserver> list = List.of(observers);
    return new IngestObserver() {
      @Override
      public void written(SeriesKey key, BatchOutcome outcome) {
        for (IngestObserver observer : list) {
          try {
            observer.written(key, outcome);
          } catch (RuntimeException e) {
            // bookkeeping never fails ingest
          }
        }
      }

      @Override
      public void rejected(String source, long sequence, int count) {
        for (IngestObserver observer : list) {
          try {
            observer.rejected(source, sequence, count);
          } catch (RuntimeException e) {
            // bookkeeping never fails ingest
          }
        }
      }

      @Override
      public void received(String source) {
        for (IngestObserver observer : list) {
          try {
            observer.received(source);
          } catch (RuntimeException e) {
            // bookkeeping never fails ingest
          }
        }
      }
    };
  }

  /** Observes nothing. */
  IngestObserver NONE =
      new IngestObserver() {
        @Override
        public void written(SeriesKey key, BatchOutcome outcome) {}

        @Override
        public void rejected(String source, long sequence, int count) {}
      };
}
