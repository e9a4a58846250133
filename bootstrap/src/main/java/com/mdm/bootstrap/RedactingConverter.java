package com.mdm.bootstrap;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;

/**
 * The log layout's {@code %redact(...)}: whatever the wrapped pattern writes, message and stack
 * trace included, passes through {@link Redaction}, so no logger, ours or a driver's, prints a
 * password in a connection string.
 */
public final class RedactingConverter extends CompositeConverter<ILoggingEvent> {

  @Override
  protected String transform(ILoggingEvent event, String in) {
    return Redaction.redact(in);
  }
}
