package com.mdm.adapter.out.nats;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.port.out.ProbeResult;
import com.mdm.testsupport.TestServices;
import io.nats.client.Connection;
import io.nats.client.Nats;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class NatsHealthProbeIT {

  @Test
  void givenConnectedClient_whenProbed_thenItIsUpWithTheServerVersion() throws Exception {
    try (Connection connection = Nats.connect(TestServices.natsUrl())) {
      ProbeResult result = new NatsHealthProbe(connection).check(Duration.ofSeconds(2));

      assertThat(result.name()).isEqualTo("nats");
      assertThat(result.up()).isTrue();
      assertThat(result.version()).matches("\\d+\\.\\d+\\.\\d+.*");
      assertThat(result.latency()).isLessThan(Duration.ofSeconds(2));
    }
  }

  @Test
  void givenClosedConnection_whenProbed_thenItIsDownNamingTheState() throws Exception {
    Connection connection = Nats.connect(TestServices.natsUrl());
    connection.close();

    ProbeResult result = new NatsHealthProbe(connection).check(Duration.ofSeconds(1));

    assertThat(result.up()).isFalse();
    assertThat(result.error()).isEqualTo("NATS connection is CLOSED");
  }
}
