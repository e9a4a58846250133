package com.mdm.bootstrap;

/** A configuration value that cannot be used; the message names the variable, value and need. */
public final class ConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConfigException(String variable, String value, String expected) {
    super(
        variable
            + "="
            + (value == null ? "(unset)" : "'" + value + "'")
            + " is invalid: expected "
            + expected);
  }
}
