package com.mdm.bootstrap;

import com.mdm.adapter.out.mongo.MongoSeriesStore;
import com.mdm.adapter.out.mongo.MongoStorageConfig;
import com.mdm.domain.port.out.SeriesStore;
import com.mdm.testsupport.MysqlDatabase;
import com.mdm.testsupport.TestServices;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;
import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.Nats;
import io.nats.client.impl.Headers;
import java.io.IOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * The whole service started against the test services, on a subject, stream, consumer and databases
 * of its own; plus a publisher and a MongoDB handle to check what it stored.
 */
final class RunningService implements AutoCloseable {

  final String subject;
  final String streamName;
  final String mongoDatabaseName;
  final Map<String, String> environment = new HashMap<>();
  final MysqlDatabase mysql;
  private final Connection publisher;
  private final MongoClient mongoClient;
  private final Clock clock;
  private ServiceRuntime runtime;
  private ServiceComponent component;

  RunningService(Map<String, String> overrides) throws IOException, InterruptedException {
    this(overrides, Clock.systemUTC());
  }

  /** On {@code clock}, which the service reads for everything it times. */
  RunningService(Map<String, String> overrides, Clock clock)
      throws IOException, InterruptedException {
    this.clock = clock;
    String id = TestServices.uniqueName("it");
    subject = "mdm." + id + ".data";
    streamName = ("MDM_" + id).toUpperCase(java.util.Locale.ROOT);
    mongoDatabaseName = TestServices.uniqueName("mdm");
    mysql = TestServices.mysqlDatabase();
    environment.put("NATS_URL", TestServices.natsUrl());
    environment.put("NATS_CONSUMER_SUBJECT", subject);
    environment.put("NATS_STREAM_NAME", streamName);
    environment.put("NATS_CONSUMER_DURABLE", "mdm-" + id);
    environment.put("MONGODB_URI", TestServices.mongoUri());
    environment.put("MONGODB_DB", mongoDatabaseName);
    environment.put("MYSQL_URL", mysql.jdbcUrl());
    environment.put("MYSQL_USER", mysql.user());
    environment.put("MYSQL_PASSWORD", mysql.password());
    environment.put("BATCH_MAX_DELAY", "20ms");
    environment.put("SHUTDOWN_TIMEOUT", "10s");
    // auditor ITs build their own; a wired one would compete for the shared lease
    environment.put("ENABLE_AUDITOR", "false");
    environment.put("ENABLE_API", "false");
    environment.put("ENABLE_BACKFILLER", "false");
    environment.putAll(overrides);
    publisher = Nats.connect(environment.get("NATS_URL"));
    mongoClient = MongoClients.create(TestServices.mongoUri());
  }

  RunningService start() throws Exception {
    component = ServiceComponent.create(ConfigLoader.load(environment), clock);
    runtime = component.runtime();
    runtime.start();
    return this;
  }

  void stop() {
    if (runtime != null) {
      runtime.stop();
      runtime = null;
    }
  }

  /** Publishes through JetStream, so the message is in the stream when this returns. */
  void publish(byte[] payload) throws IOException, JetStreamApiException {
    publisher.jetStream().publish(subject, new Headers(), payload);
  }

  /** The sum of a counter's values over all its tags, 0 when it was never incremented. */
  double counter(String name, String... tags) {
    var search = component.meterRegistry().find(name).tags(tags);
    return search.counters().stream()
            .mapToDouble(io.micrometer.core.instrument.Counter::count)
            .sum()
        + search.functionCounters().stream()
            .mapToDouble(io.micrometer.core.instrument.FunctionCounter::count)
            .sum();
  }

  /** The port the HTTP API listens on. */
  int apiPort() {
    return component.httpApi().port();
  }

  /** Waits until the durable consumer has nothing pending and nothing unacknowledged. */
  void awaitSettled(java.time.Duration timeout) {
    com.mdm.testsupport.Await.until(
        "the consumer to settle", timeout, this::unsettled, pending -> pending == 0);
  }

  private long unsettled() {
    try {
      var info =
          publisher
              .jetStreamManagement()
              .getConsumerInfo(streamName, environment.get("NATS_CONSUMER_DURABLE"));
      return info.getNumAckPending() + info.getNumPending();
    } catch (Exception e) {
      return -1;
    }
  }

  /** The metadata database, read directly (not through the service). */
  org.jdbi.v3.core.Jdbi metadata() {
    return com.mdm.adapter.out.mysql.MysqlMetadataStore.create(
            mysql.jdbcUrl(), mysql.user(), mysql.password())
        .jdbi();
  }

  StoredSeries stored() {
    return new StoredSeries(mongo(), storage());
  }

  /** The series store on the service's database, read directly (not through the service). */
  SeriesStore series() {
    return new MongoSeriesStore(mongo(), storage());
  }

  MongoDatabase mongo() {
    return mongoClient.getDatabase(mongoDatabaseName);
  }

  MongoStorageConfig storage() {
    return MongoStorageConfig.defaults(mongoDatabaseName);
  }

  Connection nats() {
    return publisher;
  }

  @Override
  public void close() throws Exception {
    stop();
    try {
      publisher.jetStreamManagement().deleteStream(streamName);
    } catch (JetStreamApiException e) {
      // the stream was never created
    }
    String leases = environment.get("AUDIT_LEASE_BUCKET");
    if (leases != null) {
      try {
        publisher.keyValueManagement().delete(leases);
      } catch (JetStreamApiException e) {
        // no replica ever took the lease
      }
    }
    publisher.close();
    mongoClient.close();
  }
}
