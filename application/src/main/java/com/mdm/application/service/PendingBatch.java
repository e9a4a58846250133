package com.mdm.application.service;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.RecordOrigin;
import com.mdm.domain.market.SeriesKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Records of one series waiting to be written together, the future of that write, and where they
 * came from. Mutated only under its buffer's lock.
 */
final class PendingBatch {

  final SeriesKey key;
  final List<MarketEvent> records;
  final List<RecordOrigin> origins;
  final CompletableFuture<Void> written = new CompletableFuture<>();
  String source;
  Instant firstTime;
  Instant lastTime;
  long firstSequence;
  long lastSequence;

  PendingBatch(SeriesKey key, int capacity) {
    this.key = key;
    this.records = new ArrayList<>(Math.min(capacity, 1024));
    this.origins = new ArrayList<>(Math.min(capacity, 1024));
  }

  void add(MarketEvent record, String from, long sequence) {
    records.add(record);
    origins.add(RecordOrigin.ofIngest(from, sequence));
    if (source == null) {
      source = from;
    }
    Instant time = record.seriesTime();
    if (firstTime == null || time.isBefore(firstTime)) {
      firstTime = time;
    }
    if (lastTime == null || time.isAfter(lastTime)) {
      lastTime = time;
    }
    if (sequence > 0) {
      firstSequence = firstSequence == 0 ? sequence : Math.min(firstSequence, sequence);
      lastSequence = Math.max(lastSequence, sequence);
    }
  }
}
