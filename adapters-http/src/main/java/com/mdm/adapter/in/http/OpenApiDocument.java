package com.mdm.adapter.in.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The OpenAPI 3.1 document of the API, written from the same route table the server registers. */
final class OpenApiDocument {

  private static final String PROBLEM = "#/components/schemas/Problem";

  private OpenApiDocument() {}

  static ObjectNode of(List<Route> routes) {
    ObjectNode document = Json.object().put("openapi", "3.1.0");
    document
        .putObject("info")
        .put("title", "Market Data Manager API")
        .put("version", "1")
        .put(
            "description",
            "Binance USD-M futures market data stored by the Market Data Manager: data pages with"
                + " opaque cursors, catalog, health, audit and backfill. Errors are RFC 9457"
                + " problems. Times are ISO-8601 or epoch milliseconds; decimals are strings.");
    ObjectNode paths = document.putObject("paths");
    for (Route route : routes) {
      ObjectNode item =
          paths.has(route.path())
              ? (ObjectNode) paths.get(route.path())
              : paths.putObject(route.path());
      item.set(route.method().toLowerCase(Locale.ROOT), operation(route));
    }
    components(document.putObject("components"));
    return document;
  }

  private static ObjectNode operation(Route route) {
    ObjectNode operation =
        Json.object().put("operationId", route.operationId()).put("summary", route.summary());
    operation.putArray("tags").add(route.tag());
    if (!route.params().isEmpty()) {
      ArrayNode parameters = operation.putArray("parameters");
      route.params().forEach(param -> parameters.add(parameter(param)));
    }
    if (route.requestSchema() != null) {
      operation
          .putObject("requestBody")
          .put("required", true)
          .putObject("content")
          .putObject(Json.CONTENT_TYPE)
          .putObject("schema")
          .put("$ref", "#/components/schemas/" + route.requestSchema());
    }
    Map<Integer, String> responses = new TreeMap<>(route.responses());
    if (!route.params().isEmpty() || route.requestSchema() != null) {
      responses.putIfAbsent(400, "A parameter is invalid; invalid-params names it");
    }
    if (route.write()) {
      operation.putArray("security").addObject().putArray("bearerAuth");
      responses.putIfAbsent(401, "Authorization: Bearer <API_TOKEN> is missing or wrong");
      responses.putIfAbsent(403, "Writes are disabled: no API_TOKEN is set");
    }
    responses.putIfAbsent(500, "Unexpected failure; the problem carries an incident id");
    ObjectNode answers = operation.putObject("responses");
    responses.forEach(
        (status, description) -> {
          ObjectNode answer =
              answers.putObject(Integer.toString(status)).put("description", description);
          boolean problem = status >= 400;
          ObjectNode schema =
              answer
                  .putObject("content")
                  .putObject(problem ? Problems.CONTENT_TYPE : route.produces())
                  .putObject("schema");
          if (problem) {
            schema.put("$ref", PROBLEM);
          } else {
            schema.put("type", route.produces().startsWith("text/") ? "string" : "object");
          }
        });
    return operation;
  }

  private static ObjectNode parameter(Param param) {
    ObjectNode parameter =
        Json.object()
            .put("name", param.name())
            .put("in", param.in())
            .put("required", param.required())
            .put("description", param.description());
    ObjectNode schema = parameter.putObject("schema").put("type", param.type());
    if (!param.values().isEmpty()) {
      ArrayNode values = schema.putArray("enum");
      param.values().forEach(values::add);
    }
    return parameter;
  }

  private static void components(ObjectNode components) {
    ObjectNode schemas = components.putObject("schemas");
    ObjectNode problem = schemas.putObject("Problem").put("type", "object");
    problem.put("description", "RFC 9457 problem details");
    ObjectNode problemFields = problem.putObject("properties");
    for (String field : List.of("type", "title", "detail", "instance", "incident")) {
      problemFields.putObject(field).put("type", "string");
    }
    problemFields.putObject("status").put("type", "integer");
    ObjectNode invalid = problemFields.putObject("invalid-params").put("type", "array");
    ObjectNode invalidFields =
        invalid.putObject("items").put("type", "object").putObject("properties");
    invalidFields.putObject("name").put("type", "string");
    invalidFields.putObject("reason").put("type", "string");

    BackfillSchemas.addTo(schemas);

    components
        .putObject("securitySchemes")
        .putObject("bearerAuth")
        .put("type", "http")
        .put("scheme", "bearer");
  }
}
