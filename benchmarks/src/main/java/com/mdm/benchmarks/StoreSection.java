package com.mdm.benchmarks;

import com.mdm.adapter.out.mongo.MongoSeriesStore;
import com.mdm.adapter.out.mongo.MongoStorageConfig;
import com.mdm.decoder.binance.BinanceMessageDecoder;
import com.mdm.decoder.binance.DecoderLimits;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.RecordOrigin;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.port.out.SeriesRepository;
import com.mdm.domain.port.out.SeriesStore;
import com.mdm.domain.port.out.WriteResult;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.bson.Document;

/**
 * The service's store path alone, in this JVM, against the same server as the bare insertMany: the
 * end-to-end workload decoded, cut into the batches the service writes under a backlog (each {@code
 * NATS_MAX_IN_FLIGHT} window of messages split per series, at most {@code MAX_BATCH_SIZE} each,
 * with origins), written through {@link MongoSeriesStore} (document mapping, index check, unordered
 * insertMany or conditional upserts, duplicate handling) all at once; beside a bare unordered
 * insertMany of the very documents it stored, one per collection, all at once. No NATS, no decoding
 * in the timing, no second JVM: what the store adapter itself costs.
 */
final class StoreSection {

  private static final int IN_FLIGHT = 10_000;
  private static final int MAX_BATCH = 1_000;

  private final BenchContext bench;

  StoreSection(BenchContext bench) {
    this.bench = bench;
  }

  void run() throws Exception {
    List<byte[]> messages = Workload.messages(bench.mode.endToEndMessages());
    BinanceMessageDecoder decoder = new BinanceMessageDecoder(DecoderLimits.defaults());
    List<MarketEvent> events = new ArrayList<>();
    List<RecordOrigin> origins = new ArrayList<>();
    Instant received = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    for (int i = 0; i < messages.size(); i++) {
      for (MarketEvent event : decoder.decode(messages.get(i), received).events()) {
        events.add(event);
        origins.add(RecordOrigin.ofIngest("mdm.bench.store", i + 1L));
      }
    }
    List<Batch> batches = batches(events, origins);
    round("mdm_bench_store_warm", batches); // unmeasured: JIT and connections
    double[] service = new double[bench.mode.runs()];
    double[] bare = new double[bench.mode.runs()];
    double[] bareIndexed = new double[bench.mode.runs()];
    for (int run = 0; run < bench.mode.runs(); run++) {
      double[] all = round("mdm_bench_store_" + run, batches);
      service[run] = all[0];
      bare[run] = all[1];
      bareIndexed[run] = all[2];
    }
    bench.figure(
        "store.service",
        "service's store path alone (MongoSeriesStore, service-sized batches)",
        Samples.of(service),
        "events/s");
    bench.figure(
        "store.bare",
        "bare unordered insertMany of the same documents (store section)",
        Samples.of(bare),
        "docs/s");
    bench.figure(
        "store.bare.indexed",
        "bare unordered insertMany of the same documents, collections with the service's indexes",
        Samples.of(bareIndexed),
        "docs/s");
    bench.finding(
        "store",
        String.format(
            java.util.Locale.ROOT,
            "%,d events in %,d batches (windows of %,d messages, at most %,d per series)",
            events.size(),
            batches.size(),
            IN_FLIGHT,
            MAX_BATCH));
  }

  /** Service figure and bare figure of one round, each into a database of its own. */
  private double[] round(String db, List<Batch> batches) throws Exception {
    try {
      SeriesStore store =
          new MongoSeriesStore(
              bench.store.database(db), MongoStorageConfig.defaults(db).withWriteConcern("1"));
      long count = batches.stream().mapToLong(b -> b.records.size()).sum();
      long started = System.nanoTime();
      List<CompletableFuture<WriteResult>> writes = new ArrayList<>();
      for (Batch batch : batches) {
        writes.add(save(store, batch));
      }
      CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
      double service = count / ((System.nanoTime() - started) / 1e9);
      Map<String, List<Document>> stored = bench.store.documentsAfter(db, 0);
      double bare = bench.store.bareInsert(stored, db + "_bare");
      // the same, into collections that already carry the service's series indexes
      MongoSeriesStore indexed =
          new MongoSeriesStore(
              bench.store.database(db + "_indexed"),
              MongoStorageConfig.defaults(db + "_indexed").withWriteConcern("1"));
      batches.stream().map(b -> b.key).distinct().forEach(indexed::ensureIndexes);
      double bareIndexed = bench.store.bareInsert(stored, db + "_indexed");
      return new double[] {service, bare, bareIndexed};
    } finally {
      bench.store.drop(db);
      bench.store.drop(db + "_bare");
      bench.store.drop(db + "_indexed");
    }
  }

  @SuppressWarnings("unchecked")
  private static <T extends MarketEvent> CompletableFuture<WriteResult> save(
      SeriesStore store, Batch batch) {
    SeriesRepository<T> repository = (SeriesRepository<T>) store.repository(batch.key.type());
    return repository.saveAll((List<T>) (List<? extends MarketEvent>) batch.records, batch.origins);
  }

  static List<Batch> batches(List<MarketEvent> events, List<RecordOrigin> origins) {
    List<Batch> batches = new ArrayList<>();
    for (int from = 0; from < events.size(); from += IN_FLIGHT) {
      Map<SeriesKey, Batch> open = new LinkedHashMap<>();
      for (int i = from; i < Math.min(events.size(), from + IN_FLIGHT); i++) {
        MarketEvent event = events.get(i);
        Batch batch = open.computeIfAbsent(event.seriesKey(), Batch::new);
        batch.records.add(event);
        batch.origins.add(origins.get(i));
        if (batch.records.size() == MAX_BATCH) {
          batches.add(open.remove(event.seriesKey()));
        }
      }
      batches.addAll(open.values());
    }
    return batches;
  }

  static final class Batch {
    final SeriesKey key;
    final List<MarketEvent> records = new ArrayList<>();
    final List<RecordOrigin> origins = new ArrayList<>();

    Batch(SeriesKey key) {
      this.key = key;
    }
  }
}
