package com.mdm.adapter.out.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.port.out.ProbeResult;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

class MysqlHealthProbeIT {

  @Test
  void givenReachableServer_whenProbed_thenItIsUpWithItsVersion() {
    try (MetadataTestDatabase database = MetadataTestDatabase.onTestServer()) {
      ProbeResult result = new MysqlHealthProbe(database.jdbi()).check(Duration.ofSeconds(5));

      assertThat(result.name()).isEqualTo("mysql");
      assertThat(result.up()).isTrue();
      assertThat(result.version()).isNotBlank();
      assertThat(result.error()).isNull();
    }
  }

  @Test
  void givenClosedPort_whenProbed_thenItIsDownWithAReason() {
    Jdbi nowhere = Jdbi.create("jdbc:mysql://127.0.0.1:1/nowhere?connectTimeout=500", "root", "");

    ProbeResult result = new MysqlHealthProbe(nowhere).check(Duration.ofSeconds(1));

    assertThat(result.up()).isFalse();
    assertThat(result.error()).startsWith("MySQL health check failed: ");
  }
}
