package com.mdm.adapter.in.file;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One frame of a capture line, with the time the recorder wrote beside it when there is one. Lines
 * are a frame alone (JSON lines in the producer's envelope, combined-stream frames, bare events,
 * arrays), {@code <ISO timestamp>: <frame>} or {@code <epoch seconds>: <frame>} (cryptofeed's
 * recorder), or {@code <epoch nanoseconds> <frame>} (hftbacktest's collector).
 *
 * @param recordedAt null when the line carries no time of its own
 */
record RecordedFrame(long line, Instant recordedAt, byte[] frame) {

  private static final int MAX_PREFIX = 48;
  private static final Pattern ISO = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}T[^ ]+?):\\s");
  private static final Pattern SECONDS = Pattern.compile("^(\\d{9,11}(?:\\.\\d{1,9})?):\\s");
  private static final Pattern NANOS = Pattern.compile("^(\\d{16,19})\\s");

  /** The frame of {@code bytes} (line {@code line}), its recorder prefix taken off. */
  static RecordedFrame of(long line, byte[] bytes) {
    int start = 0;
    while (start < bytes.length && (bytes[start] == ' ' || bytes[start] == '\t')) {
      start++;
    }
    if (start < bytes.length && (bytes[start] == '{' || bytes[start] == '[')) {
      return new RecordedFrame(line, null, strip(bytes, start));
    }
    String head =
        new String(
            bytes, start, Math.min(MAX_PREFIX, bytes.length - start), StandardCharsets.UTF_8);
    Matcher iso = ISO.matcher(head);
    if (iso.find()) {
      Instant at = iso(iso.group(1));
      if (at != null) {
        return new RecordedFrame(line, at, strip(bytes, start + iso.end()));
      }
    }
    Matcher seconds = SECONDS.matcher(head);
    if (seconds.find()) {
      return new RecordedFrame(
          line, seconds(seconds.group(1)), strip(bytes, start + seconds.end()));
    }
    Matcher nanos = NANOS.matcher(head);
    if (nanos.find()) {
      long value = Long.parseLong(nanos.group(1));
      Instant at = Instant.ofEpochSecond(value / 1_000_000_000L, value % 1_000_000_000L);
      return new RecordedFrame(line, at, strip(bytes, start + nanos.end()));
    }
    return new RecordedFrame(line, null, strip(bytes, start));
  }

  private static Instant iso(String text) {
    try {
      return Instant.parse(text.endsWith("Z") || text.contains("+") ? text : text + "Z");
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Instant seconds(String text) {
    int dot = text.indexOf('.');
    long whole = Long.parseLong(dot < 0 ? text : text.substring(0, dot));
    if (dot < 0) {
      return Instant.ofEpochSecond(whole);
    }
    String fraction = (text.substring(dot + 1) + "000000000").substring(0, 9);
    return Instant.ofEpochSecond(whole, Long.parseLong(fraction));
  }

  private static byte[] strip(byte[] bytes, int from) {
    return from == 0 ? bytes : java.util.Arrays.copyOfRange(bytes, from, bytes.length);
  }
}
