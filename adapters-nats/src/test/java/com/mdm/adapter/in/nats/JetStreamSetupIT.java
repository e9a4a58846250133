package com.mdm.adapter.in.nats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mdm.adapter.out.nats.NatsKvLeaderLease;
import com.mdm.adapter.out.nats.NatsLeaseSettings;
import com.mdm.testsupport.TestServices;
import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.Nats;
import io.nats.client.api.StreamConfiguration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stream, durable consumer and lease bucket set up against a real NATS server: by several replicas
 * of a new deployment at the same moment, and against a stream that captures other subjects.
 */
class JetStreamSetupIT {

  private static final int REPLICAS = 4;
  private static final int ROUNDS = 8;

  private final List<Connection> connections = new ArrayList<>();
  private final List<String> streams = new ArrayList<>();
  private final List<String> buckets = new ArrayList<>();
  private JetStreamManagement management;

  @BeforeEach
  void connect() throws Exception {
    for (int i = 0; i < REPLICAS; i++) {
      connections.add(Nats.connect(TestServices.natsUrl()));
    }
    management = connections.get(0).jetStreamManagement();
  }

  @AfterEach
  void cleanUp() throws Exception {
    for (String stream : streams) {
      try {
        management.deleteStream(stream);
      } catch (JetStreamApiException e) {
        // never created
      }
    }
    for (String bucket : buckets) {
      try {
        connections.get(0).keyValueManagement().delete(bucket);
      } catch (JetStreamApiException e) {
        // never created
      }
    }
    for (Connection connection : connections) {
      connection.close();
    }
  }

  @Test
  void givenANewDeploymentWhenSeveralReplicasSetUpAtTheSameMomentThenEveryOneStarts()
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(REPLICAS);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        NatsListenerSettings settings = settings(List.of());
        String bucket = TestServices.uniqueName("lease");
        buckets.add(bucket);
        CyclicBarrier together = new CyclicBarrier(REPLICAS);
        List<Future<String>> started = new ArrayList<>();
        for (int replica = 0; replica < REPLICAS; replica++) {
          Connection connection = connections.get(replica);
          String holder = "replica-" + replica;
          started.add(
              pool.submit(
                  () -> {
                    JetStreamManagement jsm = connection.jetStreamManagement();
                    together.await(10, TimeUnit.SECONDS);
                    String stream = JetStreamSetup.ensureStream(jsm, settings);
                    JetStreamSetup.ensureConsumer(jsm, stream, settings);
                    new NatsKvLeaderLease(
                            connection,
                            new NatsLeaseSettings(bucket, "auditor", Duration.ofSeconds(5), holder))
                        .tryAcquire();
                    return stream;
                  }));
        }
        for (Future<String> replica : started) {
          assertThat(replica.get(30, TimeUnit.SECONDS))
              .as("round %d", round)
              .isEqualTo(settings.streamName());
        }
        assertThat(management.getStreamNames(settings.subject()))
            .containsExactly(settings.streamName());
        assertThat(management.getConsumerNames(settings.streamName()))
            .containsExactly(settings.durableName());
        assertThat(connections.get(0).keyValueManagement().getBucketNames()).contains(bucket);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void givenAStreamOfTheSameNameCapturingOtherSubjectsThenStartUpSaysWhichAndWhatToSet()
      throws Exception {
    NatsListenerSettings settings = settings(List.of());
    String other = settings.subject().replace(".data", ".orders");
    management.addStream(
        StreamConfiguration.builder().name(settings.streamName()).subjects(other).build());

    assertThatThrownBy(() -> JetStreamSetup.ensureStream(management, settings))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'" + settings.streamName() + "' captures [" + other + "]")
        .hasMessageContaining("not the subject '" + settings.subject() + "'")
        .hasMessageContaining("NATS_STREAM_NAME")
        .hasMessageContaining("NATS_STREAM_SUBJECTS");
  }

  private NatsListenerSettings settings(List<String> streamSubjects) {
    String id = TestServices.uniqueName("setup");
    String stream = ("MDM_" + id).toUpperCase(Locale.ROOT);
    streams.add(stream);
    String subject = "mdm." + id + ".data";
    return JetStreamSettings.of(
        subject, stream, streamSubjects, "mdm-" + id, Duration.ofSeconds(30), 100, 50);
  }
}
