package com.mdm.domain.metadata;

/** How serious an audit finding is. */
public enum Severity {
  INFO,
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL
}
