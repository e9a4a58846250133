package com.mdm.adapter.in.file;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * The lines of a capture file as bytes, numbered from 1, gzip-decompressed when the file starts
 * with gzip's magic bytes (whatever its name). Bytes are not decoded here, so a line of invalid
 * UTF-8 reaches the decoder as it is; a line longer than the limit is skipped to its end and
 * reported as oversized rather than held in memory.
 */
final class CaptureLines implements AutoCloseable {

  private static final int GZIP_MAGIC_1 = 0x1f;
  private static final int GZIP_MAGIC_2 = 0x8b;

  /** One line: its number, its bytes without the line break, or null when over the limit. */
  record Line(long number, byte[] bytes, long length) {
    boolean oversized() {
      return bytes == null;
    }
  }

  private final InputStream in;
  private final CountingInputStream raw;
  private final int maxLineBytes;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1024);
  private long number;
  private boolean ended;

  private CaptureLines(InputStream in, CountingInputStream raw, int maxLineBytes) {
    this.in = in;
    this.raw = raw;
    this.maxLineBytes = maxLineBytes;
  }

  static CaptureLines open(Path file, int maxLineBytes) throws IOException {
    CountingInputStream counted = new CountingInputStream(Files.newInputStream(file));
    InputStream raw = new BufferedInputStream(counted, 1 << 16);
    try {
      return new CaptureLines(gzipped(raw) ? gunzip(raw) : raw, counted, maxLineBytes);
    } catch (IOException e) {
      raw.close();
      throw e;
    }
  }

  /** Bytes of the file read so far (compressed bytes for a gzip file), for progress. */
  long bytesRead() {
    return raw.count();
  }

  static boolean gzipped(InputStream in) throws IOException {
    in.mark(2);
    int first = in.read();
    int second = in.read();
    in.reset();
    return first == GZIP_MAGIC_1 && second == GZIP_MAGIC_2;
  }

  private static InputStream gunzip(InputStream raw) throws IOException {
    return new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
  }

  /** The next line, or null at the end of the file. */
  Line next() throws IOException {
    if (ended) {
      return null;
    }
    buffer.reset();
    long length = 0;
    int b;
    while ((b = in.read()) != -1 && b != '\n') {
      if (length < maxLineBytes) {
        buffer.write(b);
      }
      length++;
    }
    if (b == -1) {
      ended = true;
      if (length == 0) {
        return null;
      }
    }
    number++;
    if (length > maxLineBytes) {
      return new Line(number, null, length);
    }
    byte[] bytes = buffer.toByteArray();
    int end = bytes.length;
    if (end > 0 && bytes[end - 1] == '\r') {
      bytes = Arrays.copyOf(bytes, end - 1);
    }
    return new Line(number, bytes, length);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
