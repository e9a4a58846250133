package com.mdm.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.mdm.adapter.in.http.ApiClient.Answer;
import com.mdm.adapter.in.http.GoldenCases.Case;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Freezes every JSON answer of the API byte for byte: the server runs over fixed fakes of the use
 * cases (fixed records, ids, times and probe latencies), and each answer of {@link GoldenCases}
 * must equal {@code src/test/resources/golden/<name>.json}, with the status and content type of the
 * case. Only the incident id of the 500 answer is random in the server, so it is masked.
 *
 * <p>After an intended change of an answer, regenerate the files and review {@code git diff}:
 * {@code ./mvnw -o -pl adapters-http -am test -Dtest=GoldenAnswersTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true}.
 */
class GoldenAnswersTest {

  /** The random incident id of a 500 answer, in its detail and in its own field. */
  private static final String INCIDENT =
      "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  // held strongly: the registry keeps gauges' objects by weak reference
  private static final AtomicLong PENDING = new AtomicLong(42);
  private static final AtomicLong IN_FLIGHT = new AtomicLong(3);

  private static final GoldenHealth HEALTH = new GoldenHealth();
  private static HttpApiServer server;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    GoldenCatalog catalog = new GoldenCatalog();
    HttpApiUseCases useCases =
        new HttpApiUseCases(
            HEALTH,
            new GoldenMarketData(),
            catalog,
            catalog,
            new GoldenBackfill(),
            GoldenCoverage.create());
    HttpApiConfig config = HttpApiConfig.defaults().withApiToken(GoldenCases.TOKEN).withPort(0);
    server = new HttpApiServer(config, useCases, ingestMeters(), () -> "").start();
    api = new ApiClient(server.port());
  }

  /** Fixed totals for {@code /metrics/ingest}, named as the listener and ingest register them. */
  private static SimpleMeterRegistry ingestMeters() {
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    meters.counter("mdm.ingest.messages").increment(1250);
    meters.counter("mdm.ingest.events.received", "type", "trades").increment(1000);
    meters.counter("mdm.ingest.events.received", "type", "candles").increment(240);
    meters.counter("mdm.ingest.records.stored", "type", "trades").increment(998);
    meters.counter("mdm.ingest.dead.lettered", "reason", "bad_json").increment(7);
    meters.gauge("mdm.ingest.consumer.pending", PENDING);
    meters.gauge("mdm.ingest.inflight", IN_FLIGHT);
    return meters;
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @TestFactory
  Stream<DynamicTest> everyAnswerEqualsItsGoldenFile() {
    return GoldenCases.all(HEALTH).stream()
        .map(golden -> DynamicTest.dynamicTest(golden.name(), () -> check(golden)));
  }

  @Test
  void everyGoldenFileBelongsToACase() throws IOException {
    assumeFalse(GoldenFiles.UPDATE, "the files are being written");
    List<String> names = GoldenCases.all(HEALTH).stream().map(c -> c.name() + ".json").toList();
    try (Stream<Path> files = Files.list(GoldenFiles.SOURCE)) {
      assertThat(files.map(file -> file.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(names);
    }
  }

  private static void check(Case golden) {
    Answer answer = golden.request().apply(api);
    assertThat(answer.status()).as(golden.name() + ": status").isEqualTo(golden.status());
    assertThat(answer.contentType())
        .as(golden.name() + ": content type")
        .isEqualTo(golden.contentType());
    GoldenFiles.check(golden.name(), answer.body().replaceAll(INCIDENT, "<incident>"));
  }
}
