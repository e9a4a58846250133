package com.mdm.benchmarks;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The MongoDB the benchmark stores into: {@code MONGODB_URI} when set, else the embedded
 * MongoDB-wire server (in memory) on a port of this process; with a client of the harness's own for
 * counting, reading back and the bare bulk insert.
 */
final class StoreServer implements AutoCloseable {

  private static final Duration TIMEOUT = Duration.ofMinutes(10);

  final String uri;
  final boolean embedded;
  private final MongoServer server;
  private final MongoClient client;

  StoreServer() {
    String configured = System.getenv("MONGODB_URI");
    embedded = configured == null || configured.isBlank();
    if (embedded) {
      server = new MongoServer(new MemoryBackend());
      server.bind("127.0.0.1", 0);
      uri = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
    } else {
      server = null;
      uri = configured;
    }
    client = MongoClients.create(uri);
  }

  String version() {
    Document info =
        Mono.from(client.getDatabase("admin").runCommand(new Document("buildInfo", 1)))
            .block(TIMEOUT);
    String version = info == null ? "?" : String.valueOf(info.get("version"));
    return embedded ? "mongo-java-server (in memory), reporting " + version : "MongoDB " + version;
  }

  MongoDatabase database(String name) {
    return client.getDatabase(name);
  }

  /** Documents per collection of {@code database}. */
  Map<String, Long> counts(String database) {
    Map<String, Long> counts = new TreeMap<>();
    for (String name : collections(database)) {
      counts.put(
          name, Mono.from(database(database).getCollection(name).countDocuments()).block(TIMEOUT));
    }
    return counts;
  }

  long total(String database) {
    return counts(database).values().stream().mapToLong(Long::longValue).sum();
  }

  List<String> collections(String database) {
    return Flux.from(database(database).listCollectionNames())
        .filter(name -> !name.startsWith("system."))
        .collectList()
        .block(TIMEOUT);
  }

  /** The documents of {@code database} whose origin is a stream sequence after {@code after}. */
  Map<String, List<Document>> documentsAfter(String database, long after) {
    Map<String, List<Document>> documents = new TreeMap<>();
    for (String name : collections(database)) {
      List<Document> found =
          Flux.from(database(database).getCollection(name).find(Filters.gt("origin.p", after)))
              .collectList()
              .block(TIMEOUT);
      if (!found.isEmpty()) {
        documents.put(name, found);
      }
    }
    return documents;
  }

  /**
   * The baseline of storing: each collection's documents in one unordered {@code insertMany} into
   * an empty database, all collections at once; returns documents/s.
   */
  double bareInsert(Map<String, List<Document>> documents, String database) {
    long count = documents.values().stream().mapToLong(List::size).sum();
    long started = System.nanoTime();
    Flux.fromIterable(documents.entrySet())
        .flatMap(
            entry ->
                Mono.from(
                    database(database)
                        .getCollection(entry.getKey())
                        .insertMany(entry.getValue(), new InsertManyOptions().ordered(false))))
        .blockLast(TIMEOUT);
    return count / ((System.nanoTime() - started) / 1e9);
  }

  void drop(String database) {
    Mono.from(database(database).drop()).block(TIMEOUT);
  }

  @Override
  public void close() {
    client.close();
    if (server != null) {
      server.shutdownNow();
    }
  }
}
