package com.mdm.adapter.out.nats;

import com.mdm.domain.port.out.LeaderLease;
import com.mdm.testsupport.TestServices;
import com.mdm.testsupport.contract.LeaderLeaseContract;
import io.nats.client.Connection;
import io.nats.client.Nats;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The lease contract against a real NATS server: each holder on a connection of its own, a bucket
 * of its own for each test, a crash being the holder's connection closing.
 */
class NatsKvLeaderLeaseIT extends LeaderLeaseContract {

  private static final Duration TTL = Duration.ofSeconds(2);

  private final Map<LeaderLease, Connection> connections = new LinkedHashMap<>();
  private String bucket;

  @BeforeEach
  void uniqueBucket() {
    bucket = TestServices.uniqueName("lease");
  }

  @AfterEach
  void closeConnections() throws Exception {
    for (Connection connection : connections.values()) {
      if (connection.getStatus() == Connection.Status.CONNECTED) {
        try {
          connection.keyValueManagement().delete(bucket);
        } catch (io.nats.client.JetStreamApiException e) {
          // the test never created it
        }
        break;
      }
    }
    for (Connection connection : connections.values()) {
      connection.close();
    }
  }

  @Override
  protected LeaderLease lease(String holder) throws Exception {
    Connection connection = Nats.connect(TestServices.natsUrl());
    LeaderLease lease =
        new NatsKvLeaderLease(connection, new NatsLeaseSettings(bucket, "auditor", TTL, holder));
    connections.put(lease, connection);
    return lease;
  }

  @Override
  protected void crash(LeaderLease lease) throws Exception {
    connections.get(lease).close();
  }
}
