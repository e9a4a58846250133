package com.mdm.domain.port.in;

import com.mdm.domain.port.out.ProbeResult;
import java.util.List;
import java.util.Objects;

/**
 * Whether every dependency answered its probe in time.
 *
 * @param probes one result per dependency, in the order the probes were configured
 */
public record Readiness(boolean ready, List<ProbeResult> probes) {

  public Readiness {
    probes = List.copyOf(Objects.requireNonNull(probes, "probes must not be null"));
  }

  /** The dependencies that did not answer. */
  public List<ProbeResult> failed() {
    return probes.stream().filter(probe -> !probe.up()).toList();
  }
}
