package com.mdm.adapter.in.http;

import java.util.ArrayList;
import java.util.List;

/** The query parameters every {@code /data} route shares, around those of its own. */
final class SeriesParams {

  private SeriesParams() {}

  static List<Param> of(Param... extra) {
    List<Param> params = new ArrayList<>();
    params.add(Param.query("pair", DataRoutes.PAIR).mandatory());
    params.addAll(List.of(extra));
    params.add(
        Param.query("start", "From (inclusive); ISO-8601 or epoch ms; default: the beginning"));
    params.add(Param.query("end", "To (exclusive); ISO-8601 or epoch ms; default: no bound"));
    params.add(
        Param.query("limit", "Page size; default 100, at most the configured maximum").integer());
    params.add(Param.query("cursor", "nextCursor of the previous page; opaque"));
    params.add(Param.query("order", "asc (default) or desc").oneOf(List.of("asc", "desc")));
    params.add(
        Param.query(
                "origin",
                "true adds each record's origin: live (subject, stream sequence), backfill (job"
                    + " id) or import (file, line); null where none was stored")
            .oneOf(List.of("true", "false")));
    params.add(ServedCoverage.REQUIRE_COMPLETE);
    return params;
  }
}
