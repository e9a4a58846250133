package com.mdm.adapter.in.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mdm.domain.metadata.CertificateState;
import com.mdm.domain.metadata.CompletenessCertificate;
import com.mdm.domain.metadata.MissingRange;
import com.mdm.domain.port.in.CoverageDay;
import com.mdm.domain.port.in.CoverageHole;
import com.mdm.domain.port.in.CoverageReport;
import com.mdm.domain.port.in.RangeCoverage;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** JSON of certificates, coverage reports and the coverage of a served range. */
final class CoverageJson {

  private CoverageJson() {}

  /** The {@code coverage} field of a data answer. */
  record Served(boolean complete, List<Hole> missing) {
    static Served of(RangeCoverage coverage) {
      return new Served(coverage.complete(), coverage.missing().stream().map(Hole::of).toList());
    }
  }

  /** A part of a served range that is not certified complete. */
  record Hole(String start, String end, Long count, String reason) {
    static Hole of(CoverageHole hole) {
      return new Hole(
          Json.time(hole.start()), Json.time(hole.end()), hole.count(), lower(hole.reason()));
    }
  }

  static ObjectNode report(CoverageReport report) {
    ObjectNode body = Json.object();
    body.put("dataset", report.datasetId());
    body.put("start", Json.time(report.from()));
    body.put("end", Json.time(report.to()));
    body.set("days", Json.array(report.days(), CoverageJson::day));
    body.set("hours", Json.array(report.hours(), CoverageJson::certificate));
    return body;
  }

  static ObjectNode certificate(CompletenessCertificate c) {
    ObjectNode json = Json.object();
    json.put("hour", Json.time(c.hourStart()));
    json.put("version", c.version());
    json.put("state", lower(c.state()));
    json.put("expected", c.expected());
    json.put("present", c.present());
    json.set("missing", Json.array(c.missing(), CoverageJson::missing));
    json.put("sha256", c.sha256());
    json.put("computedAt", Json.time(c.computedAt()));
    return json;
  }

  static ObjectNode summary(Map<CertificateState, Long> counts) {
    ObjectNode json = Json.object();
    long certified = counts.values().stream().mapToLong(Long::longValue).sum();
    long complete =
        counts.entrySet().stream()
            .filter(e -> e.getKey().complete())
            .mapToLong(Map.Entry::getValue)
            .sum();
    json.put("certifiedHours", certified);
    json.put("completeHours", complete);
    ObjectNode states = json.putObject("states");
    for (CertificateState state : CertificateState.values()) {
      states.put(lower(state), counts.getOrDefault(state, 0L));
    }
    return json;
  }

  private static ObjectNode day(CoverageDay day) {
    ObjectNode json = Json.object();
    json.put("day", day.day().atOffset(ZoneOffset.UTC).toLocalDate().toString());
    json.put("hours", day.hours());
    json.put("certified", day.certified());
    json.put("complete", day.complete());
    ObjectNode states = json.putObject("states");
    for (CertificateState state : CertificateState.values()) {
      states.put(lower(state), day.states().getOrDefault(state, 0));
    }
    json.put("present", day.present());
    json.put("missing", day.missing());
    return json;
  }

  private static ObjectNode missing(MissingRange range) {
    ObjectNode json = Json.object();
    json.put("start", Json.time(range.start()));
    json.put("end", Json.time(range.end()));
    json.put("count", range.count());
    json.put("firstId", range.firstId());
    json.put("lastId", range.lastId());
    return json;
  }

  static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
