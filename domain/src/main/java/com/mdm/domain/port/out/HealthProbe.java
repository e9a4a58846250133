package com.mdm.domain.port.out;

import java.time.Duration;

/** Asks one dependency (NATS, MongoDB, MySQL) whether it answers. */
public interface HealthProbe {

  /** A short name such as {@code nats}, {@code mongodb}, {@code mysql}. */
  String name();

  /** Probes within {@code timeout}; never throws. */
  ProbeResult check(Duration timeout);
}
