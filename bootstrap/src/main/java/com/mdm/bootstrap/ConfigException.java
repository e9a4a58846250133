package com.mdm.bootstrap;

/**
 * A configuration value that cannot be used; the message names the variable, the value (with any
 * password in it masked) and what was expected.
 */
public final class ConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConfigException(String variable, String value, String expected) {
    super(
        variable
            + "="
            + (value == null ? "(unset)" : "'" + Redaction.redact(value) + "'")
            + " is invalid: expected "
            + expected);
  }
}
