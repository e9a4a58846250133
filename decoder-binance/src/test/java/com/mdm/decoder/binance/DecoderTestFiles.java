package com.mdm.decoder.binance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** The decoder tests' own made-up fixtures under {@code src/test/resources/decoder/}. */
final class DecoderTestFiles {

  /** The receive time the own fixtures were written against: shortly after their event times. */
  static final Instant RECEIVED_AT = Instant.parse("2025-10-20T12:00:00Z");

  private DecoderTestFiles() {}

  static byte[] bytes(String name) {
    try (InputStream in = DecoderTestFiles.class.getResourceAsStream("/decoder/" + name)) {
      if (in == null) {
        throw new IllegalStateException("test resource decoder/" + name + " is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }
}
