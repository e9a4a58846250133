package com.mdm.adapter.out.mysql;

import com.mdm.domain.metadata.MissingRange;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The JSON of one missing range in {@code completeness_certificates.missing}. */
record MissingRangeJson(String start, String end, Long count, Long firstId, Long lastId) {

  static String write(List<MissingRange> ranges) {
    return JsonColumns.write(
        ranges.stream()
            .map(
                r ->
                    new MissingRangeJson(
                        r.start().toString(),
                        r.end().toString(),
                        r.count(),
                        r.firstId(),
                        r.lastId()))
            .toList());
  }

  static List<MissingRange> read(String text) {
    return Arrays.stream(JsonColumns.read(text, MissingRangeJson[].class))
        .map(
            j ->
                new MissingRange(
                    Instant.parse(j.start), Instant.parse(j.end), j.count, j.firstId, j.lastId))
        .toList();
  }
}
