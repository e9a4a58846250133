package com.mdm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.adapter.out.mongo.MongoSeriesStore;
import com.mdm.adapter.out.mongo.MongoStorageConfig;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.market.Trade;
import com.mdm.domain.port.out.SeriesRepository;
import com.mdm.testsupport.Await;
import com.mdm.testsupport.MysqlDatabase;
import com.mdm.testsupport.NatsServerProcess;
import com.mdm.testsupport.TestServices;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import io.nats.client.Connection;
import io.nats.client.JetStreamManagement;
import io.nats.client.Nats;
import io.nats.client.Options;
import io.nats.client.PublishOptions;
import io.nats.client.api.ConsumerInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scale-out on one machine: a three-node JetStream cluster carries a stream of three replicas, and
 * two service processes share its durable consumer. While events arrive, the node leading the
 * stream is SIGKILLed and later restarted, and one service replica is SIGKILLed: every event is
 * stored exactly once and the consumer settles.
 */
class ClusteredJetStreamIT {

  private static final int EVENTS = 4_000;
  private static final long FIRST_ID = 70_000_000L;

  @TempDir Path dir;

  private final List<NatsServerProcess> nodes = new ArrayList<>();
  private final List<ServiceProcess> replicas = new ArrayList<>();
  private final AtomicInteger published = new AtomicInteger();
  private Connection client;
  private String stream;
  private String consumer;
  private MongoClient mongo;

  @AfterEach
  void stopEverything() throws Exception {
    for (ServiceProcess replica : replicas) {
      replica.close();
      // kept in the failsafe report, for when an await above timed out
      System.out.println("---- replica output ----\n" + tail(replica.output()));
    }
    System.out.println("---- published: " + published.get());
    if (client != null && consumer != null) {
      try {
        System.out.println(
            "---- consumer: " + client.jetStreamManagement().getConsumerInfo(stream, consumer));
      } catch (Exception e) {
        System.out.println("---- consumer info unavailable: " + e);
      }
    }
    if (client != null) {
      client.close();
    }
    if (mongo != null) {
      mongo.close();
    }
    for (NatsServerProcess node : nodes) {
      node.close();
    }
  }

  @Test
  void givenAThreeNodeClusterWhenANodeAndAReplicaAreKilledUnderLoadThenEachEventIsStoredOnce()
      throws Exception {
    nodes.addAll(NatsServerProcess.cluster(3, dir.resolve("nats")));
    String urls = nodes.stream().map(NatsServerProcess::url).collect(Collectors.joining(","));
    client =
        Nats.connect(
            Options.builder()
                .servers(urls.split(","))
                .maxReconnects(-1)
                .reconnectWait(Duration.ofMillis(100))
                .build());
    JetStreamManagement management = client.jetStreamManagement();
    Await.until(
        "the JetStream cluster to elect its meta leader",
        Duration.ofSeconds(60),
        () -> answers(management),
        ready -> ready);

    String id = TestServices.uniqueName("cluster");
    String subject = "mdm." + id + ".data";
    stream = ("MDM_" + id).toUpperCase(java.util.Locale.ROOT);
    String durable = "mdm-" + id;
    consumer = durable;
    String database = TestServices.uniqueName("mdm");
    MysqlDatabase mysql = TestServices.mysqlDatabase();
    Map<String, String> env = ServiceProcess.bareEnvironment();
    env.putAll(
        Map.ofEntries(
            Map.entry("NATS_URL", urls),
            Map.entry("NATS_CONSUMER_SUBJECT", subject),
            Map.entry("NATS_STREAM_NAME", stream),
            Map.entry("NATS_STREAM_REPLICAS", "3"),
            Map.entry("NATS_CONSUMER_DURABLE", durable),
            // what a killed replica held comes back to the survivor after this
            Map.entry("NATS_ACK_WAIT", "5s"),
            Map.entry("NATS_MAX_IN_FLIGHT", "200"),
            Map.entry("MONGODB_URI", TestServices.mongoUri()),
            Map.entry("MONGODB_DB", database),
            Map.entry("MYSQL_URL", mysql.jdbcUrl()),
            Map.entry("MYSQL_USER", mysql.user()),
            Map.entry("MYSQL_PASSWORD", mysql.password()),
            Map.entry("BATCH_MAX_DELAY", "20ms"),
            Map.entry("SHUTDOWN_TIMEOUT", "5s"),
            Map.entry("ENABLE_AUDITOR", "false"),
            Map.entry("ENABLE_BACKFILLER", "false")));
    // the first replica creates the stream, with three replicas as configured
    ServiceProcess victim = startReplica(env, "victim");
    assertThat(management.getStreamInfo(stream).getConfiguration().getReplicas()).isEqualTo(3);
    NatsServerProcess leader =
        Await.until(
            "the stream to elect a leader",
            Duration.ofSeconds(30),
            () -> streamLeader(management, stream),
            node -> node != null);
    // the survivor knows only the node that will die: it must fail over by the routes it learns
    env.put("NATS_URL", leader.url());
    ServiceProcess survivor = startReplica(env, "survivor");

    mongo = MongoClients.create(TestServices.mongoUri());
    SeriesRepository<Trade> trades =
        new MongoSeriesStore(mongo.getDatabase(database), MongoStorageConfig.defaults(database))
            .repository(SeriesType.TRADES, Trade.class);
    SeriesKey key = SeriesKey.of(SeriesType.TRADES, Symbol.of("BTCUSDT"));

    Thread publisher =
        Thread.ofPlatform().name("cluster-publisher").start(() -> publishAll(subject, published));
    Await.until(
        "a quarter stored before the stream leader dies",
        Duration.ofSeconds(60),
        () -> count(trades, key),
        n -> n >= EVENTS / 4);
    leader.kill();
    Await.until(
        "half stored with one NATS node down",
        Duration.ofSeconds(60),
        () -> count(trades, key),
        n -> n >= EVENTS / 2);
    victim.kill();
    Await.until(
        "three quarters stored by the surviving replica",
        Duration.ofSeconds(60),
        () -> count(trades, key),
        n -> n >= EVENTS * 3 / 4);
    leader.restart();
    publisher.join(Duration.ofSeconds(120));
    assertThat(published.get()).as("events published").isEqualTo(EVENTS);

    Await.until(
        "every event stored (survivor's log: see failure output)",
        Duration.ofSeconds(90),
        () -> count(trades, key),
        n -> n == EVENTS);
    Await.until(
        "the consumer settled: nothing pending, nothing unacknowledged",
        Duration.ofSeconds(60),
        () -> unsettled(management, stream, durable),
        n -> n == 0);

    List<Long> ids =
        trades.range(key, TimeRange.all(), EVENTS * 2, SortOrder.ASCENDING).stream()
            .map(Trade::tradeId)
            .toList();
    assertThat(ids).doesNotHaveDuplicates().hasSize(EVENTS);
    assertThat(ids)
        .containsExactlyInAnyOrderElementsOf(
            LongStream.range(FIRST_ID, FIRST_ID + EVENTS).boxed().toList());
    assertThat(survivor.isAlive()).as(survivor.output()).isTrue();
    assertThat(survivor.output()).as("the survivor failed over").contains("connection reconnected");
    assertThat(leader.isAlive()).isTrue();
  }

  private ServiceProcess startReplica(Map<String, String> shared, String name) throws Exception {
    int port = ServiceProcess.freePort();
    Map<String, String> env = new java.util.HashMap<>(shared);
    env.put("API_PORT", String.valueOf(port));
    ServiceProcess replica = ServiceProcess.jar(env, dir.resolve(name + ".log"), "serve");
    replicas.add(replica);
    Await.until(
        "replica " + name + " ready",
        Duration.ofSeconds(90),
        () -> replica.isAlive() ? ServiceProcess.get(port, "/health/readiness") : null,
        r -> !replica.isAlive() || (r != null && r.statusCode() == 200));
    assertThat(replica.isAlive()).as(replica.output()).isTrue();
    return replica;
  }

  /** Publishes every event once, retrying each until JetStream acknowledges it. */
  private void publishAll(String subject, AtomicInteger published) {
    for (int i = 0; i < EVENTS; i++) {
      long tradeId = FIRST_ID + i;
      PublishOptions options = PublishOptions.builder().messageId("trade-" + tradeId).build();
      while (true) {
        try {
          client.jetStream().publish(subject, trade(tradeId), options);
          break;
        } catch (Exception e) {
          // a node went away under the publish; the message id makes the retry harmless
          if (Thread.currentThread().isInterrupted()) {
            return;
          }
        }
      }
      published.incrementAndGet();
    }
  }

  private static String tail(String text) {
    return text.length() <= 6_000 ? text : text.substring(text.length() - 6_000);
  }

  private static byte[] trade(long id) {
    long time = 1714564800000L + id;
    return ("{\"e\":\"trade\",\"E\":"
            + time
            + ",\"T\":"
            + time
            + ",\"s\":\"BTCUSDT\",\"t\":"
            + id
            + ",\"p\":\"64990.90\",\"q\":\"0.001\",\"X\":\"MARKET\",\"m\":false}")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The node leading the stream, null while it has none. */
  private NatsServerProcess streamLeader(JetStreamManagement management, String stream) {
    String leader;
    try {
      leader = management.getStreamInfo(stream).getClusterInfo().getLeader();
    } catch (Exception e) {
      return null;
    }
    if (leader == null) {
      return null;
    }
    return nodes.stream()
        .filter(node -> leader.endsWith("-" + node.port()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no node named like the leader " + leader));
  }

  private static boolean answers(JetStreamManagement management) {
    try {
      management.getAccountStatistics();
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  private static long count(SeriesRepository<Trade> trades, SeriesKey key) {
    try {
      return trades.count(key, TimeRange.all());
    } catch (RuntimeException e) {
      return -1;
    }
  }

  private static long unsettled(JetStreamManagement management, String stream, String durable) {
    try {
      ConsumerInfo info = management.getConsumerInfo(stream, durable);
      return info.getNumPending() + info.getNumAckPending();
    } catch (Exception e) {
      return -1;
    }
  }
}
