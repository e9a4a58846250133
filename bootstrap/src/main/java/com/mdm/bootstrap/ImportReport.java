package com.mdm.bootstrap;

import com.mdm.adapter.in.file.ImportSummary;
import com.mdm.domain.port.in.DatasetImport;
import java.io.PrintWriter;
import java.util.Map;

/** The summary an import prints at the end, for a person. */
final class ImportReport {

  private ImportReport() {}

  static void print(PrintWriter out, ImportSummary summary) {
    out.printf(
        "lines read: %d (%d blank)%nevents decoded: %d (%d left out by --symbols/--types)%n",
        summary.lines(), summary.blankLines(), summary.events(), summary.filtered());
    out.printf(
        "events stored: %d new, %d already stored (duplicates)%n",
        summary.written(), summary.duplicates());
    out.printf("lines rejected: %d%n", summary.rejectedLines());
    for (Map.Entry<String, Long> reason : summary.rejections().entrySet()) {
      out.printf("  %s: %d%n", reason.getKey(), reason.getValue());
    }
    for (String example : summary.examples()) {
      out.printf("  %s%n", example);
    }
    for (DatasetImport dataset : summary.datasets()) {
      out.printf(
          "  %s: %d received, %d new, %d duplicates%n",
          dataset.datasetId(), dataset.received(), dataset.written(), dataset.duplicates());
    }
    if (summary.failure() != null) {
      out.printf("import stopped: %s%n", summary.failure());
    }
    out.flush();
  }
}
