package com.mdm.bootstrap;

import java.net.http.HttpResponse;

/** Values read from a child service's Prometheus exposition at {@code /metrics}. */
final class ServiceMetrics {

  private ServiceMetrics() {}

  /**
   * The sum over all tags of the samples named {@code name} (e.g. {@code
   * mdm_ingest_events_acknowledged_total}), of the lines holding every one of {@code labels} (such
   * as {@code area="heap"}); -1 when the service does not answer.
   */
  static double sum(int apiPort, String name, String... labels) {
    HttpResponse<String> response = ServiceProcess.get(apiPort, "/metrics");
    if (response == null || response.statusCode() != 200) {
      return -1;
    }
    return sum(response.body(), name, labels);
  }

  /** The sum of the samples named {@code name} whose line holds every one of {@code labels}. */
  static double sum(String exposition, String name, String... labels) {
    double total = 0;
    for (String line : exposition.split("\n")) {
      if ((line.startsWith(name + " ") || line.startsWith(name + "{"))
          && java.util.Arrays.stream(labels).allMatch(line::contains)) {
        total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return total;
  }
}
