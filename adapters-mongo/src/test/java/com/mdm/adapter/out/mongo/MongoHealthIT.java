package com.mdm.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MongoHealthIT {

  @Test
  void givenReachableServer_whenChecked_thenItIsUpWithLatencyAndVersion() {
    try (MongoTestDatabase mongo = new MongoTestDatabase()) {
      MongoHealthReport report = new MongoHealth(mongo.database(), Duration.ofSeconds(5)).check();

      assertThat(report.up()).isTrue();
      assertThat(report.latency()).isPositive().isLessThan(Duration.ofSeconds(5));
      assertThat(report.serverVersion()).isNotBlank();
      assertThat(report.error()).isNull();
    }
  }

  @Test
  void givenUnreachableServer_whenChecked_thenItIsDownWithAReason() {
    try (MongoClient client =
        MongoClients.create("mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=300")) {
      MongoHealthReport report =
          new MongoHealth(client.getDatabase("nowhere"), Duration.ofSeconds(3)).check();

      assertThat(report.up()).isFalse();
      assertThat(report.latency()).isNull();
      assertThat(report.error()).startsWith("MongoDB health check failed: ");
    }
  }
}
