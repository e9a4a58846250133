package com.mdm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.testsupport.Await;
import com.mdm.testsupport.MysqlDatabase;
import com.mdm.testsupport.TestServices;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.bson.Document;
import reactor.core.publisher.Flux;

/**
 * One fault-injection run: a subject, stream, durable consumer, MongoDB and MySQL database of its
 * own; services started as child processes on them; numbered aggregate trades published (see {@link
 * NumberedTrades}); and the oracle afterwards: every id stored exactly once, the consumer settled.
 */
final class FaultScenario implements AutoCloseable {

  static final Symbol SYMBOL = Symbol.of("FLTUSDT");

  final String natsUrl;
  final String stream;
  final String durable;
  final NumberedTrades trades;
  private final String subject;
  private final String mongoDatabase;
  private final MysqlDatabase mysql;
  private final Path dir;
  private final Connection nats;
  private final MongoClient mongo;
  private final List<ServiceProcess> services = new ArrayList<>();
  private final List<ServiceRuntime> runtimes = new ArrayList<>();

  FaultScenario(String natsUrl, Path dir) throws Exception {
    this(natsUrl, dir, publisher -> publisher);
  }

  /**
   * A scenario whose publisher connects with options of the test's making ({@code publisher} adds
   * credentials or TLS to a builder already given the server).
   */
  FaultScenario(String natsUrl, Path dir, UnaryOperator<Options.Builder> publisher)
      throws Exception {
    String id = TestServices.uniqueName("fault");
    this.natsUrl = natsUrl;
    this.dir = dir;
    subject = "mdm." + id + ".data";
    stream = id.toUpperCase(Locale.ROOT);
    durable = "mdm-" + id;
    mongoDatabase = TestServices.uniqueName("mdm");
    mysql = TestServices.mysqlDatabase();
    Callable<Connection> connect =
        () ->
            Nats.connect(
                publisher
                    .apply(
                        Options.builder()
                            .server(natsUrl)
                            .maxReconnects(-1)
                            .reconnectWait(Duration.ofMillis(200)))
                    .build());
    nats = connect.call();
    mongo = MongoClients.create(TestServices.mongoUri());
    trades = new NumberedTrades(connect, subject, SYMBOL);
  }

  /** The environment of a service on this scenario's stream and stores, API on {@code port}. */
  Map<String, String> environment(int apiPort) {
    Map<String, String> env = ServiceProcess.bareEnvironment();
    env.put("NATS_URL", natsUrl);
    env.put("NATS_CONSUMER_SUBJECT", subject);
    env.put("NATS_STREAM_NAME", stream);
    env.put("NATS_CONSUMER_DURABLE", durable);
    env.put("MONGODB_URI", TestServices.mongoUri());
    env.put("MONGODB_DB", mongoDatabase);
    env.put("MYSQL_URL", mysql.jdbcUrl());
    env.put("MYSQL_USER", mysql.user());
    env.put("MYSQL_PASSWORD", mysql.password());
    env.put("API_PORT", String.valueOf(apiPort));
    env.put("BATCH_MAX_DELAY", "20ms");
    env.put("MAX_BATCH_SIZE", "200");
    env.put("NATS_MAX_IN_FLIGHT", "1000");
    env.put("SHUTDOWN_TIMEOUT", "5s");
    env.put("ENABLE_AUDITOR", "false");
    env.put("ENABLE_BACKFILLER", "false");
    return env;
  }

  /** Starts the service jar with {@link #environment} plus {@code overrides}; waits until ready. */
  Replica start(String name, Map<String, String> overrides) throws Exception {
    int port = ServiceProcess.freePort();
    Map<String, String> env = new HashMap<>(environment(port));
    env.putAll(overrides);
    ServiceProcess process = ServiceProcess.jar(env, dir.resolve(name + ".log"), "serve");
    services.add(process);
    Replica replica = new Replica(name, process, port);
    replica.awaitReady();
    return replica;
  }

  /** The service in this JVM, quicker to start than a child, without HTTP API; stopped on close. */
  void startInProcess(Map<String, String> overrides) throws Exception {
    Map<String, String> env = new HashMap<>(environment(0));
    env.put("ENABLE_API", "false");
    env.putAll(overrides);
    ServiceRuntime runtime = ServiceComponent.create(ConfigLoader.load(env)).runtime();
    runtimes.add(runtime);
    runtime.start();
  }

  /** The aggregate-trade ids stored, in no order, duplicates (if any) included. */
  List<Long> storedIds() {
    String collection = SeriesKey.of(SeriesType.AGG_TRADES, SYMBOL).collectionName();
    return Flux.from(
            mongo
                .getDatabase(mongoDatabase)
                .getCollection(collection)
                .find()
                .projection(new Document("aggregateTradeId", 1)))
        .map(d -> ((Number) d.get("aggregateTradeId")).longValue())
        .collectList()
        .block(Duration.ofSeconds(30));
  }

  long storedCount() {
    try {
      return storedIds().size();
    } catch (RuntimeException e) {
      return -1;
    }
  }

  ConsumerState consumer() {
    return ConsumerState.of(nats, stream, durable);
  }

  void awaitSettled(Duration timeout) {
    Await.until(
        "the consumer settled (num_pending 0, num_ack_pending 0)",
        timeout,
        this::consumer,
        state -> state != null && state.settled());
  }

  /** Every one of the {@code published} ids 0..published-1 stored exactly once, nothing else. */
  void assertEachStoredOnce(long published) {
    List<Long> ids = storedIds();
    assertThat(ids).as("stored aggregate trades").hasSize((int) published);
    assertThat(ids.stream().distinct().count()).as("distinct natural keys").isEqualTo(published);
    assertThat(ids.stream().mapToLong(Long::longValue).min().orElse(-1)).isZero();
    assertThat(ids.stream().mapToLong(Long::longValue).max().orElse(-1)).isEqualTo(published - 1);
  }

  @Override
  public void close() throws Exception {
    trades.close();
    runtimes.forEach(ServiceRuntime::stop);
    for (ServiceProcess service : services) {
      service.close();
      String log = service.output();
      // in the failsafe report: what each service said, for a failure to be read
      System.out.println(log.substring(Math.max(0, log.length() - 6_000)));
    }
    try {
      nats.jetStreamManagement().deleteStream(stream);
    } catch (JetStreamApiException | IOException e) {
      // never created, or the broker is gone with the test
    }
    nats.close();
    mongo.close();
  }
}
