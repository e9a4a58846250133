package com.mdm.adapter.in.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaptureLinesTest {

  @TempDir Path dir;

  @Test
  void linesAreNumberedAndLoseTheirLineBreaksCrLfIncluded() throws IOException {
    Path file = write("plain.jsonl", bytes("{\"a\":1}\r\n{\"b\":2}\n\n{\"c\":3}"));

    List<CaptureLines.Line> lines = read(file, 100);

    assertThat(lines).extracting(CaptureLines.Line::number).containsExactly(1L, 2L, 3L, 4L);
    assertThat(lines)
        .extracting(l -> new String(l.bytes(), StandardCharsets.UTF_8))
        .containsExactly("{\"a\":1}", "{\"b\":2}", "", "{\"c\":3}");
  }

  @Test
  void aGzipFileIsReadByItsMagicBytesWhateverItsName() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(bytes("{\"a\":1}\n{\"b\":2}\n"));
    }
    Path file = write("looks-plain.jsonl", gz.toByteArray());

    assertThat(read(file, 100)).hasSize(2);
  }

  @Test
  void aLineOverTheLimitIsReportedOversizedAndTheNextLineStillRead() throws IOException {
    Path file = write("long.jsonl", bytes("x".repeat(500) + "\n{\"b\":2}\n"));

    List<CaptureLines.Line> lines = read(file, 100);

    assertThat(lines.get(0).oversized()).isTrue();
    assertThat(lines.get(0).length()).isEqualTo(500);
    assertThat(new String(lines.get(1).bytes(), StandardCharsets.UTF_8)).isEqualTo("{\"b\":2}");
  }

  @Test
  void invalidUtf8IsPassedOnByteForByte() throws IOException {
    byte[] bad = {'{', (byte) 0xff, (byte) 0xfe, '}', '\n'};
    Path file = write("bad.jsonl", bad);

    assertThat(read(file, 100).get(0).bytes()).containsExactly('{', (byte) 0xff, (byte) 0xfe, '}');
  }

  @Test
  void bytesReadCountTheFileAsStored() throws IOException {
    Path file = write("count.jsonl", bytes("{\"a\":1}\n"));
    try (CaptureLines lines = CaptureLines.open(file, 100)) {
      while (lines.next() != null) {
        // read to the end
      }
      assertThat(lines.bytesRead()).isEqualTo(Files.size(file));
    }
  }

  private List<CaptureLines.Line> read(Path file, int max) throws IOException {
    List<CaptureLines.Line> lines = new ArrayList<>();
    try (CaptureLines reader = CaptureLines.open(file, max)) {
      CaptureLines.Line line;
      while ((line = reader.next()) != null) {
        lines.add(line);
      }
    }
    return lines;
  }

  private Path write(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
