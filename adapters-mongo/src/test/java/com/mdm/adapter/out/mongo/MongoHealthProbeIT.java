package com.mdm.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.port.out.ProbeResult;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MongoHealthProbeIT {

  @Test
  void givenReachableServer_whenProbed_thenItIsUpWithItsVersion() {
    try (MongoTestDatabase mongo = new MongoTestDatabase()) {
      ProbeResult result = new MongoHealthProbe(mongo.database()).check(Duration.ofSeconds(5));

      assertThat(result.name()).isEqualTo("mongodb");
      assertThat(result.up()).isTrue();
      assertThat(result.version()).isNotBlank();
      assertThat(result.latency()).isLessThan(Duration.ofSeconds(5));
    }
  }

  @Test
  void givenUnreachableServer_whenProbed_thenItIsDownWithinTheTimeout() {
    try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:1/")) {
      ProbeResult result =
          new MongoHealthProbe(client.getDatabase("nowhere")).check(Duration.ofMillis(500));

      assertThat(result.up()).isFalse();
      assertThat(result.error()).startsWith("MongoDB health check failed");
      assertThat(result.latency()).isLessThan(Duration.ofSeconds(3));
    }
  }
}
