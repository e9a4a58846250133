package com.mdm.domain.port.out;

import java.time.Duration;

/**
 * What a dependency answered to a health probe.
 *
 * @param version the server's version when known, else null
 * @param error why it is down, else null
 */
public record ProbeResult(String name, boolean up, Duration latency, String version, String error) {

  public static ProbeResult up(String name, Duration latency, String version) {
    return new ProbeResult(name, true, latency, version, null);
  }

  public static ProbeResult down(String name, Duration latency, String error) {
    return new ProbeResult(name, false, latency, null, error);
  }
}
