package com.mdm.adapter.in.file;

import com.mdm.domain.port.in.DatasetImport;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an import did: lines read, events decoded and what became of them, rejections by reason with
 * the first few in full (file and line), and the datasets each file filled.
 *
 * @param filtered events left out by the symbol or type filter
 * @param rejectedLines lines refused in whole or in part
 * @param rejections rejections by reason code
 * @param examples the first rejections in full: {@code file:line: reason: detail}
 * @param failure why the import stopped early (the store kept failing), or null
 */
public record ImportSummary(
    long lines,
    long blankLines,
    long events,
    long filtered,
    long written,
    long duplicates,
    long rejectedLines,
    Map<String, Long> rejections,
    List<String> examples,
    List<DatasetImport> datasets,
    String failure) {

  public ImportSummary {
    rejections = Map.copyOf(Objects.requireNonNull(rejections, "rejections"));
    examples = List.copyOf(Objects.requireNonNull(examples, "examples"));
    datasets = List.copyOf(Objects.requireNonNull(datasets, "datasets"));
  }

  /** Whether every line was taken and stored: nothing rejected, nothing failed. */
  public boolean clean() {
    return rejectedLines == 0 && failure == null;
  }
}
