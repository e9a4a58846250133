package com.mdm.bootstrap;

import ch.qos.logback.core.PropertyDefinerBase;
import java.util.Locale;

/**
 * Names the logback file included for {@code LOG_FORMAT}: {@code logback-json.xml} for {@code
 * json}, {@code logback-text.xml} otherwise (an invalid value is refused later, by {@link
 * ConfigLoader}, in readable text).
 */
public final class LogFormatProperty extends PropertyDefinerBase {

  @Override
  public String getPropertyValue() {
    String value = System.getenv("LOG_FORMAT");
    boolean json = value != null && value.trim().toUpperCase(Locale.ROOT).equals("JSON");
    return (json ? LogFormat.JSON : LogFormat.TEXT).name().toLowerCase(Locale.ROOT);
  }
}
