package com.mdm.adapter.in.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mdm.domain.metadata.PageRequest;
import java.util.List;
import java.util.function.Function;

/** Offset pages of metadata listings: {@code limit}, {@code offset} and {@code nextOffset}. */
final class Pages {

  static final Param LIMIT = Param.query("limit", "Page size; default 100, at most 1000").integer();
  static final Param OFFSET = Param.query("offset", "Items to skip; default 0").integer();

  private Pages() {}

  /** {@code nextOffset} is null once a page comes back short. */
  static <T> ObjectNode of(
      String field, List<T> items, Function<T, ObjectNode> toJson, PageRequest page) {
    ObjectNode body = Json.object();
    body.set(field, Json.array(items, toJson));
    return body.put("offset", page.offset())
        .put("limit", page.limit())
        .put("nextOffset", items.size() < page.limit() ? null : page.offset() + page.limit());
  }
}
