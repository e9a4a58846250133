package com.mdm.bootstrap;

import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.nio.charset.StandardCharsets;

/**
 * Logback's JSON encoder with every line passed through {@link Redaction}, so {@code
 * LOG_FORMAT=json} masks connection-string passwords as the text layout does.
 */
public final class RedactingJsonEncoder extends JsonEncoder {

  @Override
  public byte[] encode(ILoggingEvent event) {
    byte[] line = super.encode(event);
    // the encoder writes "/" as "\/", which would hide a URL from the patterns; "/" needs no escape
    String text = new String(line, StandardCharsets.UTF_8).replace("\\/", "/");
    String redacted = Redaction.redact(text);
    return redacted.getBytes(StandardCharsets.UTF_8);
  }
}
