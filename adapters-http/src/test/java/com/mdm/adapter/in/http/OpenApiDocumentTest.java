package com.mdm.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mdm.domain.port.in.ManageBackfillJobsUseCase;
import com.mdm.domain.port.in.QueryAuditUseCase;
import com.mdm.domain.port.in.QueryCatalogUseCase;
import com.mdm.domain.port.in.QueryCoverageUseCase;
import com.mdm.domain.port.in.QueryHealthUseCase;
import com.mdm.domain.port.in.QueryMarketDataUseCase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the OpenAPI document says about the two backfill bodies and the pair rules. */
class OpenApiDocumentTest {

  private final JsonNode document = document();

  @Test
  void givenTheOriginalStartPath_whenDocumented_thenItTakesTheOriginalBodyAndAnswersAsJobsDoes() {
    JsonNode start = document.at("/paths/~1backfill~1start/post");
    JsonNode jobs = document.at("/paths/~1backfill~1jobs/post");

    assertThat(start.at("/requestBody/content/application~1json/schema/$ref").asText())
        .isEqualTo("#/components/schemas/OriginalBackfillRequest");
    assertThat(jobs.at("/requestBody/content/application~1json/schema/$ref").asText())
        .isEqualTo("#/components/schemas/BackfillJobRequest");
    assertThat(names(start.get("responses"))).isEqualTo(names(jobs.get("responses")));
    assertThat(start.get("security")).isEqualTo(jobs.get("security"));
  }

  @Test
  void givenTheOriginalBodySchema_whenRead_thenItListsExactlyTheOriginalsFields() {
    JsonNode schema = document.at("/components/schemas/OriginalBackfillRequest");

    assertThat(names(schema.get("properties")))
        .containsExactly("symbol", "data_type", "timeframe", "start_time", "end_time", "priority");
    assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
    assertThat(schema.at("/properties/data_type/enum"))
        .extracting(JsonNode::asText)
        .contains("candles", "trades", "funding");
  }

  @Test
  void givenThePairRoutes_whenDocumented_thenAPairWithNoDataIsA404() {
    for (String path : List.of("/data/candles", "/data/trades", "/health")) {
      assertThat(document.at("/paths/" + path.replace("/", "~1") + "/get/responses").has("404"))
          .as(path)
          .isTrue();
    }
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static JsonNode document() {
    HttpApiUseCases useCases =
        new HttpApiUseCases(
            stub(QueryHealthUseCase.class),
            stub(QueryMarketDataUseCase.class),
            stub(QueryCatalogUseCase.class),
            stub(QueryAuditUseCase.class),
            stub(ManageBackfillJobsUseCase.class),
            stub(QueryCoverageUseCase.class));
    try (HttpApiServer server =
        new HttpApiServer(
            HttpApiConfig.defaults().withPort(0), useCases, new SimpleMeterRegistry(), () -> "")) {
      return Json.MAPPER.valueToTree(OpenApiDocument.of(server.routes()));
    }
  }

  private static <T> T stub(Class<T> type) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              throw new AssertionError("no use case may be called");
            }));
  }
}
