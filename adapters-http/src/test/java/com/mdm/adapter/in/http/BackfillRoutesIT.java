package com.mdm.adapter.in.http;

import static com.mdm.adapter.in.http.ApiTestStack.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mdm.adapter.in.http.ApiClient.Answer;
import com.mdm.application.service.marketdata.QueryLimits;
import com.mdm.domain.metadata.BackfillStatus;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackfillRoutesIT {

  private static final String CANDLES =
      """
      {"pair": "BTCUSDT", "dataType": "candles", "period": "1m",
       "start": "2024-05-01T00:00:00Z", "end": "2024-05-02T00:00:00Z", "priority": 5}
      """;
  private static final String FUNDING =
      """
      {"pair": "ETHUSDT", "dataType": "funding_rates", "start": 1714521600000, "end": 1714608000000}
      """;

  /** The original service's body: naive ISO times, its priority 1 (first). */
  private static final String ORIGINAL_CANDLES =
      """
      {"symbol": "SOLUSDT", "data_type": "candles", "timeframe": "1h",
       "start_time": "2024-05-01T00:00:00", "end_time": "2024-05-02T00:00:00", "priority": 1}
      """;

  private ApiTestStack stack;
  private ApiClient api;

  @BeforeAll
  void start() {
    stack = ApiTestStack.start();
    api = stack.api;
  }

  @AfterAll
  void stop() throws Exception {
    stack.close();
  }

  @Test
  void aJobCreatedWithTheTokenIsQueuedAndCanBeFollowed() {
    Answer created = api.post("/backfill/jobs", CANDLES, TOKEN);

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode job = created.json();
    assertThat(job.get("status").asText()).isEqualTo("pending");
    assertThat(job.get("pair").asText()).isEqualTo("BTCUSDT");
    assertThat(job.get("dataType").asText()).isEqualTo("candles");
    assertThat(job.get("period").asText()).isEqualTo("1m");
    assertThat(job.get("priority").asInt()).isEqualTo(5);
    String id = job.get("id").asText();
    assertThat(created.header("Location")).isEqualTo("/backfill/jobs/" + id);

    stack.progress(id, BackfillStatus.RUNNING, 42.5, 610);
    JsonNode running = api.get("/backfill/jobs/" + id).json();
    assertThat(running.get("status").asText()).isEqualTo("running");
    assertThat(running.get("progress").asDouble()).isEqualTo(42.5);
    assertThat(running.get("recordsFetched").asLong()).isEqualTo(610);
  }

  @Test
  void givenTheOriginalServicesBody_whenPostedToBackfillStart_thenTheJobIsQueuedAndAnswered() {
    Answer created = api.post("/backfill/start", ORIGINAL_CANDLES, TOKEN);

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode job = created.json();
    String id = job.get("id").asText();
    assertThat(created.header("Location")).isEqualTo("/backfill/jobs/" + id);
    assertThat(job.get("status").asText()).isEqualTo("pending");
    assertThat(job.get("pair").asText()).isEqualTo("SOLUSDT");
    assertThat(job.get("dataType").asText()).isEqualTo("candles");
    assertThat(job.get("period").asText()).isEqualTo("1h");
    assertThat(job.get("start").asText()).isEqualTo("2024-05-01T00:00:00Z");
    assertThat(job.get("end").asText()).isEqualTo("2024-05-02T00:00:00Z");
    assertThat(job.get("priority").asInt()).isEqualTo(10);
    assertThat(api.get("/backfill/jobs/" + id).json().get("pair").asText()).isEqualTo("SOLUSDT");
  }

  @Test
  void givenTheOriginalBodyWithUnixSecondsAndNoPriority_whenPosted_thenItIsFundingAtPriority6() {
    Answer created =
        api.post(
            "/backfill/start",
            """
            {"symbol": "SOLUSDT", "data_type": "funding",
             "start_time": 1714521600, "end_time": "1714608000"}
            """,
            TOKEN);

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().get("dataType").asText()).isEqualTo("funding_rates");
    assertThat(created.json().get("period").isNull()).isTrue();
    assertThat(created.json().get("start").asText()).isEqualTo("2024-05-01T00:00:00Z");
    assertThat(created.json().get("end").asText()).isEqualTo("2024-05-02T00:00:00Z");
    assertThat(created.json().get("priority").asInt()).isEqualTo(6);
  }

  @Test
  void givenAnUnknownFieldInTheOriginalBody_whenPosted_thenA400NamesItAndNoJobIsQueued() {
    int before = stack.allJobs().size();

    Answer answer =
        api.post("/backfill/start", ORIGINAL_CANDLES.replace("\"priority\"", "\"urgency\""), TOKEN);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().get("detail").asText())
        .isEqualTo(
            "unknown field 'urgency': expected [symbol, data_type, timeframe, start_time,"
                + " end_time, priority]");
    assertThat(answer.json().get("invalid-params").get(0).get("name").asText())
        .isEqualTo("urgency");
    assertThat(stack.allJobs()).hasSize(before);
  }

  @Test
  void givenBadOriginalBodies_whenPosted_thenEach400NamesTheFieldAsTheOriginalWroteIt() {
    assertThat(originalProblemField(ORIGINAL_CANDLES.replace("SOLUSDT", "sol/usdt")))
        .isEqualTo("symbol");
    assertThat(originalProblemField(ORIGINAL_CANDLES.replace("\"1h\"", "\"7m\"")))
        .isEqualTo("timeframe");
    assertThat(originalProblemField(ORIGINAL_CANDLES.replace("\"candles\"", "\"depth\"")))
        .isEqualTo("data_type");
    assertThat(originalProblemField(ORIGINAL_CANDLES.replace("\"priority\": 1", "\"priority\": 0")))
        .isEqualTo("priority");
    assertThat(originalProblemField(ORIGINAL_CANDLES.replace("2024-05-02T00:00:00", "soon")))
        .isEqualTo("end_time");
    assertThat(originalProblemField(CANDLES)).isEqualTo("pair");
  }

  @Test
  void givenARangeTheExchangeCannotServe_whenPostedToEitherPath_thenA400NamesTheStartField() {
    String future = Instant.now().plus(Duration.ofDays(2)).toString();
    String later = Instant.now().plus(Duration.ofDays(3)).toString();
    String oldTrades =
        """
        {"pair": "BTCUSDT", "dataType": "agg_trades",
         "start": "2020-01-01T00:00:00Z", "end": "2020-01-02T00:00:00Z"}
        """;
    String futureCandles =
        ORIGINAL_CANDLES
            .replace("2024-05-01T00:00:00", future)
            .replace("2024-05-02T00:00:00", later);

    assertThat(problemField(oldTrades)).isEqualTo("start");
    assertThat(originalProblemField(futureCandles)).isEqualTo("start_time");
    assertThat(
            originalProblemField(
                ORIGINAL_CANDLES
                    .replace("\"candles\", \"timeframe\": \"1h\"", "\"trades\"")
                    .replace("2024-05", "2020-05")))
        .isEqualTo("start_time");
  }

  @Test
  void givenNoToken_whenTheOriginalBodyIsPosted_thenItIs401AndNoJobIsQueued() {
    int before = stack.allJobs().size();

    Answer missing = api.post("/backfill/start", ORIGINAL_CANDLES, null);

    assertThat(missing.status()).isEqualTo(401);
    assertThat(missing.header("WWW-Authenticate")).startsWith("Bearer");
    assertThat(stack.allJobs()).hasSize(before);
  }

  @Test
  void jobsAreListedByStatusAndPair() {
    String eth = api.post("/backfill/jobs", FUNDING, TOKEN).json().get("id").asText();
    api.post("/backfill/jobs", CANDLES, TOKEN);
    stack.progress(eth, BackfillStatus.COMPLETED, 100, 3);

    JsonNode completed = api.get("/backfill/jobs?status=completed&pair=ETHUSDT").json();
    JsonNode btc = api.get("/backfill/jobs?pair=BTCUSDT&limit=1").json();

    assertThat(completed.get("jobs")).extracting(j -> j.get("id").asText()).containsExactly(eth);
    assertThat(btc.get("jobs")).hasSize(1);
    assertThat(btc.get("nextOffset").asInt()).isEqualTo(1);
  }

  @Test
  void cancellingEndsAPendingJobOnceAndUnknownIdsAre404() {
    String id = api.post("/backfill/jobs", CANDLES, TOKEN).json().get("id").asText();

    Answer cancelled = api.delete("/backfill/jobs/" + id, TOKEN);
    Answer again = api.delete("/backfill/jobs/" + id, TOKEN);

    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(cancelled.json().get("status").asText()).isEqualTo("cancelled");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.contentType()).startsWith("application/problem+json");
    assertThat(api.delete("/backfill/jobs/no-such-job", TOKEN).status()).isEqualTo(404);
    assertThat(api.get("/backfill/jobs/no-such-job").status()).isEqualTo(404);
  }

  @Test
  void writesWithoutTheRightTokenAre401AndChangeNothing() {
    int before = stack.allJobs().size();

    Answer missing = api.post("/backfill/jobs", CANDLES, null);
    Answer wrong = api.post("/backfill/jobs", CANDLES, "guess");
    Answer deleteMissing = api.delete("/backfill/jobs/anything", null);

    assertThat(missing.status()).isEqualTo(401);
    assertThat(missing.header("WWW-Authenticate")).startsWith("Bearer");
    assertThat(missing.contentType()).startsWith("application/problem+json");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.header("WWW-Authenticate")).contains("invalid_token");
    assertThat(deleteMissing.status()).isEqualTo(401);
    assertThat(stack.allJobs()).hasSize(before);
    assertThat(api.get("/backfill/jobs").status()).isEqualTo(200);
  }

  @Test
  void withoutAConfiguredTokenWritesAreRefusedUnlessExplicitlyAllowed() throws Exception {
    try (ApiTestStack closed =
            ApiTestStack.start(HttpApiConfig.defaults(), QueryLimits.defaults(), null);
        ApiTestStack open =
            ApiTestStack.start(
                HttpApiConfig.defaults().withAllowUnauthenticatedWrites(true),
                QueryLimits.defaults(),
                null)) {
      Answer refused = closed.api.post("/backfill/jobs", CANDLES, null);
      Answer allowed = open.api.post("/backfill/jobs", CANDLES, null);

      assertThat(refused.status()).isEqualTo(403);
      assertThat(refused.json().get("detail").asText()).contains("API_TOKEN");
      assertThat(closed.allJobs()).isEmpty();
      assertThat(allowed.status()).isEqualTo(201);
    }
  }

  @Test
  void badBodiesAre400sNamingTheField() {
    assertThat(problemField(CANDLES.replace("\"period\": \"1m\",", ""))).isEqualTo("period");
    assertThat(problemField(FUNDING.replace("\"dataType\"", "\"period\": \"1h\", \"dataType\"")))
        .isEqualTo("period");
    assertThat(problemField(CANDLES.replace("2024-05-02T00:00:00Z", "2024-04-30T00:00:00Z")))
        .isEqualTo("end");
    assertThat(problemField(CANDLES.replace("\"candles\"", "\"klines\""))).isEqualTo("dataType");
    assertThat(problemField(CANDLES.replace("BTCUSDT", "btc/usdt"))).isEqualTo("pair");
    assertThat(problemField(CANDLES.replace("\"priority\"", "\"urgency\""))).isEqualTo("urgency");
    assertThat(problemField("{\"pair\": ")).isEqualTo("body");
    assertThat(problemField("[]")).isEqualTo("body");
  }

  @Test
  void aBodyOverTheSizeLimitIs413() {
    String huge = "{\"pair\": \"" + "A".repeat(70_000) + "\"}";

    Answer answer = api.post("/backfill/jobs", huge, TOKEN);

    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.contentType()).startsWith("application/problem+json");
  }

  @Test
  void aBodyThatIsNotJsonIs415() {
    Answer answer =
        api.send(
            api.request("/backfill/jobs")
                .header("Content-Type", "text/plain")
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(CANDLES)));

    assertThat(answer.status()).isEqualTo(415);
  }

  private String originalProblemField(String body) {
    Answer answer = api.post("/backfill/start", body, TOKEN);
    assertThat(answer.status()).as(body).isEqualTo(400);
    return answer.json().get("invalid-params").get(0).get("name").asText();
  }

  private String problemField(String body) {
    Answer answer = api.post("/backfill/jobs", body, TOKEN);
    assertThat(answer.status()).as(body).isEqualTo(400);
    return answer.json().get("invalid-params").get(0).get("name").asText();
  }
}
