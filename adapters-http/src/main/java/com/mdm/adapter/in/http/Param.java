package com.mdm.adapter.in.http;

import java.util.List;
import java.util.Objects;

/**
 * One documented parameter of a route, for the OpenAPI document and for refusing parameters a route
 * does not know.
 *
 * @param in {@code query} or {@code path}
 * @param type the JSON schema type: {@code string} or {@code integer}
 * @param format e.g. {@code date-time}; null for none
 * @param values the allowed values; empty for any
 */
record Param(
    String name,
    String in,
    boolean required,
    String type,
    String format,
    List<String> values,
    String description) {

  Param {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(in, "in must not be null");
    Objects.requireNonNull(type, "type must not be null");
    values = List.copyOf(values);
    Objects.requireNonNull(description, "description must not be null");
  }

  static Param query(String name, String description) {
    return new Param(name, "query", false, "string", null, List.of(), description);
  }

  static Param path(String name, String description) {
    return new Param(name, "path", true, "string", null, List.of(), description);
  }

  Param mandatory() {
    return new Param(name, in, true, type, format, values, description);
  }

  Param integer() {
    return new Param(name, in, required, "integer", format, values, description);
  }

  Param oneOf(List<String> allowed) {
    return new Param(name, in, required, type, format, allowed, description);
  }
}
