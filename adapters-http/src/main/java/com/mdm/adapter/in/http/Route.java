package com.mdm.adapter.in.http;

import io.javalin.http.Handler;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One route of the API: what the server registers and what the OpenAPI document describes, built
 * from the same table so the two cannot drift apart.
 *
 * @param method {@code GET}, {@code POST} or {@code DELETE}
 * @param path with {@code {name}} for path parameters, as both Javalin and OpenAPI write it
 * @param responses status code to description; every route may also answer 400 and 500
 * @param requestSchema name of the component schema of the JSON body; null for no body
 * @param produces the content type of a successful answer
 */
record Route(
    String method,
    String path,
    String operationId,
    String tag,
    String summary,
    List<Param> params,
    Map<Integer, String> responses,
    String requestSchema,
    String produces,
    Handler handler) {

  Route {
    Objects.requireNonNull(method, "method must not be null");
    Objects.requireNonNull(path, "path must not be null");
    Objects.requireNonNull(operationId, "operationId must not be null");
    Objects.requireNonNull(tag, "tag must not be null");
    Objects.requireNonNull(summary, "summary must not be null");
    params = List.copyOf(params);
    responses = Map.copyOf(responses);
    Objects.requireNonNull(produces, "produces must not be null");
    Objects.requireNonNull(handler, "handler must not be null");
  }

  static Route get(
      String path,
      String operationId,
      String tag,
      String summary,
      List<Param> params,
      Map<Integer, String> responses,
      Handler handler) {
    return new Route(
        "GET",
        path,
        operationId,
        tag,
        summary,
        params,
        responses,
        null,
        Json.CONTENT_TYPE,
        handler);
  }

  /** Whether the route changes state, and so needs the write token. */
  boolean write() {
    return !method.equals("GET");
  }

  Route producing(String contentType) {
    return new Route(
        method,
        path,
        operationId,
        tag,
        summary,
        params,
        responses,
        requestSchema,
        contentType,
        handler);
  }
}
