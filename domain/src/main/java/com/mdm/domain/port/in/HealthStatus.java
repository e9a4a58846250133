package com.mdm.domain.port.in;

/** How a dataset fares by its latest quality score; unknown until it has been measured. */
public enum HealthStatus {
  HEALTHY,
  DEGRADED,
  UNHEALTHY,
  UNKNOWN
}
