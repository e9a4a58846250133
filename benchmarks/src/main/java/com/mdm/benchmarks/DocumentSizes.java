package com.mdm.benchmarks;

import com.mdm.adapter.in.synthetic.SyntheticFrame;
import com.mdm.adapter.in.synthetic.SyntheticMarket;
import com.mdm.adapter.in.synthetic.SyntheticMarketSettings;
import com.mdm.adapter.out.mongo.MongoSeriesStore;
import com.mdm.adapter.out.mongo.MongoStorageConfig;
import com.mdm.decoder.binance.BinanceMessageDecoder;
import com.mdm.decoder.binance.DecoderLimits;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.RecordOrigin;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.port.out.SeriesRepository;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.RawBsonDocument;
import reactor.core.publisher.Flux;

/**
 * Measures what MongoDB holds per record: an hour of the synthetic market (two symbols, every
 * stream) decoded and stored as the live path stores it (with its origin), then every document read
 * back as raw BSON. Prints, per collection kind, documents and their mean BSON size, and the mean
 * NATS message size per frame type. Run: {@code java -cp benchmarks.jar
 * com.mdm.benchmarks.DocumentSizes [minutes]}.
 */
public final class DocumentSizes {

  private static final String SUBJECT = "binance.futures.websocket.data";

  private DocumentSizes() {}

  public static void main(String[] args) {
    int minutes = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    SyntheticMarketSettings settings =
        SyntheticMarketSettings.defaults()
            .withSymbols(
                List.of(
                    com.mdm.domain.market.Symbol.of("BTCUSDT"),
                    com.mdm.domain.market.Symbol.of("ETHUSDT")))
            .withSeed(7)
            .withTraceHeaders(true);
    SyntheticMarket market = new SyntheticMarket(settings);
    List<SyntheticFrame> frames =
        market.advanceTo(settings.start().plus(Duration.ofMinutes(minutes)));
    BinanceMessageDecoder decoder = new BinanceMessageDecoder(DecoderLimits.defaults());
    Map<SeriesType, List<MarketEvent>> events = new EnumMap<>(SeriesType.class);
    Map<SeriesType, List<RecordOrigin>> origins = new EnumMap<>(SeriesType.class);
    Map<String, long[]> frameBytes = new TreeMap<>();
    long sequence = 0;
    for (SyntheticFrame frame : frames) {
      sequence++;
      frameBytes.computeIfAbsent(frame.type().name(), k -> new long[2])[0]++;
      frameBytes.get(frame.type().name())[1] += frame.bytes().length;
      for (MarketEvent event : decoder.decode(frame.bytes(), frame.eventTime()).events()) {
        SeriesType type = event.seriesKey().type();
        events.computeIfAbsent(type, k -> new ArrayList<>()).add(event);
        origins
            .computeIfAbsent(type, k -> new ArrayList<>())
            .add(RecordOrigin.live(SUBJECT, sequence));
      }
    }
    MongoServer server = new MongoServer(new MemoryBackend());
    server.bind("127.0.0.1", 0);
    try (MongoClient client =
        MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
      MongoDatabase database = client.getDatabase("sizes");
      MongoSeriesStore store = new MongoSeriesStore(database, MongoStorageConfig.defaults("sizes"));
      for (Map.Entry<SeriesType, List<MarketEvent>> entry : events.entrySet()) {
        save(store.repository(entry.getKey()), entry.getValue(), origins.get(entry.getKey()));
      }
      System.out.printf(
          "%d minutes of the synthetic market, 2 symbols, %d frames%n", minutes, frames.size());
      System.out.println("| collection kind | documents | mean BSON bytes | mean price levels |");
      System.out.println("|---|---:|---:|---:|");
      Map<String, long[]> sizes = new TreeMap<>();
      for (String name : Flux.from(database.listCollectionNames()).collectList().block()) {
        String kind = name.replaceAll("_(BTCUSDT|ETHUSDT)", "_{S}");
        for (RawBsonDocument document :
            Flux.from(database.getCollection(name, RawBsonDocument.class).find()).toIterable()) {
          // depth holds diff and partial books, told apart by kind, with their level counts
          String key =
              document.containsKey("bids")
                  ? kind + " " + document.getString("kind").getValue()
                  : kind;
          long[] total = sizes.computeIfAbsent(key, k -> new long[3]);
          total[0]++;
          total[1] += document.getByteBuffer().remaining();
          if (document.containsKey("bids")) {
            total[2] += document.getArray("bids").size() + document.getArray("asks").size();
          }
        }
      }
      sizes.forEach(
          (kind, t) ->
              System.out.printf(
                  "| `%s` | %d | %d | %s |%n",
                  kind,
                  t[0],
                  t[1] / Math.max(1, t[0]),
                  t[2] == 0 ? "" : String.format("%.1f", (double) t[2] / t[0])));
      System.out.println();
      System.out.println("| frame type | frames | mean message bytes |");
      System.out.println("|---|---:|---:|");
      frameBytes.forEach(
          (type, t) ->
              System.out.printf("| %s | %d | %d |%n", type, t[0], t[1] / Math.max(1, t[0])));
    } finally {
      server.shutdownNow();
    }
  }

  @SuppressWarnings("unchecked")
  private static <T extends MarketEvent> void save(
      SeriesRepository<T> repository, List<MarketEvent> events, List<RecordOrigin> origins) {
    for (int from = 0; from < events.size(); from += 1000) {
      int to = Math.min(events.size(), from + 1000);
      repository
          .saveAll((List<T>) (List<?>) events.subList(from, to), origins.subList(from, to))
          .join();
    }
  }
}
