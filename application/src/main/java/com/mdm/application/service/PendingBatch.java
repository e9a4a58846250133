package com.mdm.application.service;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.SeriesKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Records of one series waiting to be written together, and the future of that write. */
final class PendingBatch {

  final SeriesKey key;
  final List<MarketEvent> records;
  final CompletableFuture<Void> written = new CompletableFuture<>();

  PendingBatch(SeriesKey key, int capacity) {
    this.key = key;
    this.records = new ArrayList<>(Math.min(capacity, 1024));
  }
}
