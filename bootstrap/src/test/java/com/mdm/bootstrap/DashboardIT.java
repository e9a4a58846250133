package com.mdm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mdm.testsupport.Await;
import com.mdm.testsupport.BinanceRestStub;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The dashboard in a real browser, over {@code serve --dev} with a fixed synthetic market and its
 * injected faults, backfilling from the Binance stub: every page shows what the API answers, the
 * backfill form queues a job whose progress bar reaches 100 %, and no page logs an error.
 * Screenshots land in {@code target/dashboard/}.
 */
class DashboardIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "dashboard-test-token";
  private static final Path SHOTS = Path.of("target", "dashboard");

  @TempDir Path dir;

  @Test
  @Timeout(value = 4, unit = java.util.concurrent.TimeUnit.MINUTES)
  void givenADevServiceWithInjectedFaultsThenEveryPageShowsWhatTheApiAnswers() throws Exception {
    int port = ServiceProcess.freePort();
    try (BinanceRestStub binance = BinanceRestStub.start(100_000, Duration.ofMinutes(1));
        Browser browser = Browser.start();
        ServiceProcess service =
            ServiceProcess.jar(
                environment(port, binance),
                dir.resolve("out.log"),
                "serve",
                "--dev",
                "--data-dir",
                dir.resolve("data").toString())) {
      String base = "http://127.0.0.1:" + port;
      awaitGapsFound(port);

      // the backfill first, so the charts below also show the candles it fetched
      backfillFormQueuesAJobThatCompletes(browser, base);
      overviewListsTheCatalogAndItsOpenGaps(browser, port, base);
      datasetChartHoldsTheCandlesTheApiReturns(browser, port, base);
      ingestAndDocsPagesRender(browser, base);
      assertThat(service.output())
          .contains("Dashboard: http://localhost:" + port + "/")
          .doesNotContain("Exception in thread");
      theOverviewSaysPlainlyWhenTheServiceIsDown(browser, service, base);
    }
  }

  private static Map<String, String> environment(int port, BinanceRestStub binance) {
    Map<String, String> env = ServiceProcess.bareEnvironment();
    env.put("API_PORT", String.valueOf(port));
    env.put("API_TOKEN", TOKEN);
    env.put("AUDIT_INTERVAL", "3s");
    env.put("INITIAL_STARTUP_DELAY", "1s");
    env.put("SYNTHETIC_SEED", "7");
    env.put("SYNTHETIC_FAULTS", "klines=3,agg_trades=200");
    env.put("BINANCE_FAPI_BASE_URL", binance.baseUrl().toString());
    return env;
  }

  private static void awaitGapsFound(int port) {
    Await.until(
        "readiness 200",
        Duration.ofSeconds(60),
        () -> ServiceProcess.get(port, "/health/readiness"),
        r -> r != null && r.statusCode() == 200);
    Await.until(
        "the auditor reports open gaps of the withheld klines",
        Duration.ofSeconds(90),
        () -> ServiceProcess.get(port, "/audit/gaps?dataset=candles_BTCUSDT_1m&status=open"),
        r -> r != null && r.statusCode() == 200 && r.body().contains("\"status\":\"open\""));
  }

  private void overviewListsTheCatalogAndItsOpenGaps(Browser browser, int port, String base)
      throws Exception {
    browser.size(1280, 1400);
    browser.driver.get(base + "/");
    awaitLoaded(browser);
    // the catalog grows as series register; every dataset listed must be a row of the overview
    Await.until(
        "every catalog dataset listed in the overview",
        Duration.ofSeconds(30),
        () -> missingRows(browser, datasetIds(port)),
        List::isEmpty);
    for (String dataset : List.of("candles_BTCUSDT_1m", "agg_trades_BTCUSDT")) {
      Await.until(
          "the strip of " + dataset + " marks as many open gaps as the API reports in 24 h",
          Duration.ofSeconds(30),
          () -> List.of(openGapMarks(browser, dataset), openGapsInWindow(port, dataset)),
          counts -> counts.get(0).equals(counts.get(1)) && counts.get(1) > 0);
    }
    WebElement mark =
        browser.driver.findElement(
            By.cssSelector(".strip[data-dataset='candles_BTCUSDT_1m'] .gap[data-status='open']"));
    assertThat(mark.getAttribute("title"))
        .contains("Gap open")
        .contains("expected missing")
        .contains("cause ")
        .contains("fate open since");
    assertThat(browser.driver.findElement(By.cssSelector("#datasets tbody")).getText())
        .containsAnyOf("healthy", "degraded", "unhealthy", "unknown");
    assertThat(browser.driver.findElement(By.id("refreshed")).getText())
        .startsWith("Last refreshed");
    browser.screenshot(SHOTS.resolve("overview-1280.png"));
    // keyboard only: the 7 d toggle, then a gap mark with its tooltip text for screen readers
    WebElement week = browser.driver.findElement(By.id("w-7d"));
    week.sendKeys(Keys.ENTER);
    assertThat(week.getAttribute("aria-pressed")).isEqualTo("true");
    assertThat(browser.driver.findElement(By.id("w-label")).getText()).isEqualTo("last 7 d");
    browser.driver.findElement(By.id("w-24h")).sendKeys(Keys.ENTER);
    browser.script(
        "document.querySelector(\".strip[data-dataset='candles_BTCUSDT_1m']"
            + " .gap[data-status='open']\").focus()");
    assertThat(String.valueOf(browser.script("return document.activeElement.ariaLabel")))
        .startsWith("Gap open");
    browser.size(390, 1400);
    awaitRefresh(browser);
    browser.screenshot(SHOTS.resolve("overview-390.png"));
    assertThat(browser.consoleErrors()).as("console of the overview").isEmpty();
  }

  private void datasetChartHoldsTheCandlesTheApiReturns(Browser browser, int port, String base)
      throws Exception {
    browser.size(1280, 1400);
    browser.driver.get(base + "/dataset.html?id=candles_BTCUSDT_1m");
    awaitLoaded(browser);
    // the page's own link names the query of the chart; the API's answer to it is the reference
    Await.until(
        "the chart holds as many candles as the raw query returns",
        Duration.ofSeconds(30),
        () -> {
          @SuppressWarnings("unchecked")
          List<Object> shown =
              (List<Object>)
                  browser.script(
                      "return [document.getElementById('chart').dataset.points,"
                          + " document.getElementById('raw').getAttribute('href')]");
          return List.of(
              Long.parseLong(String.valueOf(shown.get(0))),
              (long) records(port, String.valueOf(shown.get(1))));
        },
        counts -> counts.get(0).equals(counts.get(1)) && counts.get(0) > 0);
    assertThat(browser.driver.findElements(By.cssSelector("#chart canvas"))).isNotEmpty();
    assertThat(browser.driver.findElements(By.cssSelector("#gaps tbody tr[data-status]")))
        .isNotEmpty();
    browser.screenshot(SHOTS.resolve("dataset-candles.png"));
    browser.size(390, 1400);
    browser.driver.navigate().refresh();
    awaitLoaded(browser);
    browser.screenshot(SHOTS.resolve("dataset-candles-390.png"));
    browser.size(1280, 1400);
    browser.driver.get(base + "/dataset.html?id=agg_trades_BTCUSDT");
    awaitLoaded(browser);
    browser.screenshot(SHOTS.resolve("dataset-agg-trades.png"));
    assertThat(browser.consoleErrors()).as("console of the dataset pages").isEmpty();
  }

  private void backfillFormQueuesAJobThatCompletes(Browser browser, String base) throws Exception {
    browser.size(1280, 900);
    browser.driver.get(base + "/repairs.html");
    awaitLoaded(browser);
    browser.driver.findElement(By.name("token")).sendKeys(TOKEN);
    browser.driver.findElement(By.cssSelector("#start button[type=submit]")).click();
    String job =
        Await.until(
            "the form reports the queued job",
            Duration.ofSeconds(20),
            () -> browser.driver.findElement(By.id("result")).getAttribute("data-job"),
            id -> id != null && !id.isBlank());
    Await.until(
        "the progress bar of job " + job + " reaches 100 %",
        Duration.ofSeconds(60),
        // one script reads the row at once: the page replaces its rows every two seconds
        () ->
            String.valueOf(
                browser.script(
                    "const r = document.querySelector(\"#jobs tr[data-job='\" + arguments[0]"
                        + " + \"']\"); return r ? [r.dataset.status,"
                        + " r.querySelector('progress').value, r.innerText].join('|') :"
                        + " 'absent'",
                    job)),
        state -> state.startsWith("completed|100|"));
    assertThat(
            String.valueOf(
                browser.script(
                    "return document.querySelector(\"#jobs tr[data-job='\" + arguments[0]"
                        + " + \"']\").innerText",
                    job)))
        .contains("100 %")
        .contains("completed");
    browser.screenshot(SHOTS.resolve("repairs.png"));
    browser.size(390, 1200);
    browser.screenshot(SHOTS.resolve("repairs-390.png"));
    assertThat(browser.consoleErrors()).as("console of the repairs page").isEmpty();
  }

  private void ingestAndDocsPagesRender(Browser browser, String base) throws Exception {
    browser.size(1280, 1000);
    browser.driver.get(base + "/ingest.html");
    awaitLoaded(browser);
    awaitRefresh(browser);
    awaitRefresh(browser);
    assertThat(browser.driver.findElements(By.cssSelector("#types tbody tr"))).isNotEmpty();
    assertThat(browser.driver.findElement(By.id("i-rate")).getText()).matches("[0-9.]+");
    browser.screenshot(SHOTS.resolve("ingest.png"));
    browser.driver.get(base + "/docs/");
    Await.until(
        "Swagger UI lists the operations",
        Duration.ofSeconds(30),
        () -> browser.driver.findElements(By.cssSelector(".opblock")).size(),
        n -> n > 10);
    browser.screenshot(SHOTS.resolve("docs.png"));
    assertThat(browser.consoleErrors()).as("console of the ingest and docs pages").isEmpty();
  }

  private void theOverviewSaysPlainlyWhenTheServiceIsDown(
      Browser browser, ServiceProcess service, String base) throws Exception {
    browser.size(1280, 600);
    browser.driver.get(base + "/");
    awaitLoaded(browser);
    assertThat(browser.driver.findElement(By.id("banner")).isDisplayed()).isFalse();
    service.close();
    Await.until(
        "the banner says the service is down",
        Duration.ofSeconds(30),
        () -> browser.driver.findElement(By.id("banner")).getText(),
        text -> text.startsWith("The service is down or unreachable"));
    browser.screenshot(SHOTS.resolve("overview-service-down.png"));
    // the console check is not vacuous: the failed calls to the stopped service are in it
    assertThat(browser.consoleErrors()).as("console once the service stopped").isNotEmpty();
  }

  private static void awaitLoaded(Browser browser) {
    Await.until(
        "the page loaded its data",
        Duration.ofSeconds(30),
        () -> browser.script("return document.body.dataset.loaded || ''"),
        "true"::equals);
  }

  private static void awaitRefresh(Browser browser) {
    long before = refreshes(browser);
    Await.until(
        "the page refreshed by itself",
        Duration.ofSeconds(20),
        () -> refreshes(browser),
        n -> n > before);
  }

  private static long refreshes(Browser browser) {
    return Long.parseLong(
        String.valueOf(browser.script("return document.body.dataset.refreshes || '0'")));
  }

  private static List<String> datasetIds(int port) {
    List<String> ids = new ArrayList<>();
    body(ServiceProcess.get(port, "/catalog/datasets?limit=1000"))
        .get("datasets")
        .forEach(d -> ids.add(d.get("id").asText()));
    return ids;
  }

  private static List<String> missingRows(Browser browser, List<String> ids) {
    return ids.stream()
        .filter(
            id ->
                browser
                    .driver
                    .findElements(By.cssSelector("#datasets tr[data-dataset='" + id + "']"))
                    .isEmpty())
        .toList();
  }

  private static long openGapMarks(Browser browser, String dataset) {
    return browser
        .driver
        .findElements(
            By.cssSelector(".strip[data-dataset='" + dataset + "'] .gap[data-status='open']"))
        .size();
  }

  private static long openGapsInWindow(int port, String dataset) {
    Instant from = Instant.now().minus(Duration.ofHours(24));
    long count = 0;
    for (JsonNode gap :
        body(ServiceProcess.get(
                port, "/audit/gaps?status=open&limit=1000&dataset=" + encode(dataset)))
            .get("gaps")) {
      if (!Instant.parse(gap.get("end").asText()).isBefore(from)) {
        count++;
      }
    }
    return count;
  }

  /** Every record of a /data query, following its cursors. */
  private static int records(int port, String query) {
    int count = 0;
    String cursor = null;
    do {
      JsonNode page =
          body(
              ServiceProcess.get(
                  port, query + (cursor == null ? "" : "&cursor=" + encode(cursor))));
      count += page.get("data").size();
      cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
    } while (cursor != null);
    return count;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static JsonNode body(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }
}
