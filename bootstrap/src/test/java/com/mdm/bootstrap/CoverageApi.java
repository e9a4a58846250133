package com.mdm.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mdm.adapter.in.http.HttpApiConfig;
import com.mdm.adapter.in.http.HttpApiServer;
import com.mdm.adapter.in.http.HttpApiUseCases;
import com.mdm.adapter.out.mysql.JdbiCertificateRepository;
import com.mdm.adapter.out.mysql.JdbiDatasetRepository;
import com.mdm.adapter.out.mysql.JdbiHealthMetricRepository;
import com.mdm.adapter.out.mysql.JdbiReconciliationLog;
import com.mdm.application.service.audit.QueryAuditService;
import com.mdm.application.service.audit.QueryCoverageService;
import com.mdm.application.service.catalog.QueryCatalogService;
import com.mdm.application.service.catalog.ReadablePairs;
import com.mdm.application.service.health.QueryHealthService;
import com.mdm.application.service.marketdata.QueryLimits;
import com.mdm.application.service.marketdata.QueryMarketDataService;
import com.mdm.domain.market.Symbol;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * The HTTP API over a {@link BackfillHarness}'s real stores, for ITs that read what the
 * certificates and reconciliations say as a user would: {@code /data}, {@code /coverage}, {@code
 * /audit/reconciliation}.
 */
final class CoverageApi implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpApiServer server;
  private final HttpClient client = HttpClient.newHttpClient();

  CoverageApi(BackfillHarness harness, Set<Symbol> pairs) {
    Jdbi jdbi = harness.metadata.jdbi();
    var datasets = new JdbiDatasetRepository(jdbi);
    var healthMetrics = new JdbiHealthMetricRepository(jdbi);
    Clock clock = Clock.systemUTC();
    ReadablePairs readable = new ReadablePairs(datasets, pairs, false, clock);
    HttpApiUseCases useCases =
        new HttpApiUseCases(
            new QueryHealthService(
                List.of(), Duration.ofSeconds(1), datasets, healthMetrics, readable, clock),
            new QueryMarketDataService(harness.series, QueryLimits.defaults(), readable, clock),
            new QueryCatalogService(datasets, healthMetrics, harness.lineage),
            new QueryAuditService(harness.auditLog, harness.gaps),
            harness.service,
            new QueryCoverageService(
                new JdbiCertificateRepository(jdbi), new JdbiReconciliationLog(jdbi)));
    server =
        new HttpApiServer(
                HttpApiConfig.defaults().withPort(0), useCases, new SimpleMeterRegistry(), () -> "")
            .start();
  }

  /** The status and JSON body of {@code GET pathAndQuery}. */
  record Answer(int status, JsonNode body) {}

  Answer get(String pathAndQuery) throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), JSON.readTree(response.body()));
  }

  @Override
  public void close() {
    server.close();
  }
}
