package com.mdm.testsupport.hostile;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One hostile frame of the corpus: a name, its exact bytes, the reject reason code the decoder must
 * give it and a fragment its detail must contain, so a person reading the dead letter understands.
 *
 * @param symbols text that must never show up in a collection name or a metadata row afterwards
 */
public record HostileCase(
    String name, byte[] bytes, String reason, String detail, java.util.List<String> symbols) {

  public HostileCase {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(bytes, "bytes must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
    Objects.requireNonNull(detail, "detail must not be null");
    symbols = java.util.List.copyOf(symbols);
  }

  static HostileCase of(String name, String reason, String detail, String json) {
    return of(name, reason, detail, json.getBytes(StandardCharsets.UTF_8));
  }

  static HostileCase of(String name, String reason, String detail, byte[] bytes) {
    return new HostileCase(name, bytes, reason, detail, java.util.List.of());
  }

  /** The same case with text that must not reach any store. */
  HostileCase marking(String... text) {
    return new HostileCase(name, bytes, reason, detail, java.util.List.of(text));
  }

  @Override
  public String toString() {
    return name + " (" + bytes.length + " bytes, " + reason + ")";
  }
}
