package com.mdm.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mdm.adapter.in.synthetic.SyntheticFrame;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;

/** Capture files in each format a recorder writes, made from synthetic frames. */
final class CaptureFiles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CaptureFiles() {}

  /** The producer's envelope, one per line. */
  static String envelope(SyntheticFrame frame) {
    return frame.text();
  }

  /** Binance's combined-stream frame. */
  static String combined(SyntheticFrame frame) {
    JsonNode envelope = tree(frame);
    return "{\"stream\":" + envelope.get("stream") + ",\"data\":" + envelope.get("data") + "}";
  }

  /** The bare event. */
  static String bare(SyntheticFrame frame) {
    return tree(frame).get("data").toString();
  }

  /** cryptofeed's recorder: {@code <ISO time>: <frame>}. */
  static String isoPrefixed(SyntheticFrame frame) {
    return frame.eventTime() + ": " + combined(frame);
  }

  /** hftbacktest's collector: {@code <epoch ns> <frame>}. */
  static String nanosPrefixed(SyntheticFrame frame) {
    long nanos = frame.eventTime().getEpochSecond() * 1_000_000_000L + frame.eventTime().getNano();
    return nanos + " " + combined(frame);
  }

  static Path write(
      Path file, List<SyntheticFrame> frames, Function<SyntheticFrame, String> format, boolean gzip)
      throws IOException {
    try (OutputStream raw = Files.newOutputStream(file);
        OutputStream out = gzip ? new GZIPOutputStream(raw) : raw) {
      for (SyntheticFrame frame : frames) {
        out.write((format.apply(frame) + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    return file;
  }

  /** Bare events, several to a line, as a JSON array. */
  static Path writeArrays(Path file, List<SyntheticFrame> frames, int perLine) throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < frames.size(); i += perLine) {
      List<SyntheticFrame> line = frames.subList(i, Math.min(frames.size(), i + perLine));
      text.append('[')
          .append(String.join(",", line.stream().map(CaptureFiles::bare).toList()))
          .append("]\n");
    }
    return Files.writeString(file, text);
  }

  private static JsonNode tree(SyntheticFrame frame) {
    try {
      return JSON.readTree(frame.bytes());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
