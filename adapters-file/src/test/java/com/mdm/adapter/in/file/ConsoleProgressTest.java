package com.mdm.adapter.in.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

  @Test
  void theBarShowsTheShareReadTheRateAndTheTimeLeft() {
    ConsoleProgress progress = new ConsoleProgress(null);
    progress.started("capture.jsonl.gz", 1000);

    String line = progress.line(250, 5000, System.nanoTime() + 10_000_000_000L);

    assertThat(line)
        .matches("\\[=+ +\\]  25%  [0-9,]+ events/s  ETA 0:[23][0-9]  capture.jsonl.gz");
  }

  @Test
  void onATerminalTheBarIsRedrawnInPlaceAndClearedAtTheEnd() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ConsoleProgress progress =
        new ConsoleProgress(new PrintStream(out, true, StandardCharsets.UTF_8));
    progress.started("a.jsonl", 100);

    progress.finished("a.jsonl", 3, 3);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\r\033[K");
  }

  @Test
  void aFileOfUnknownSizeOrNothingReadYetHasNoEta() {
    ConsoleProgress progress = new ConsoleProgress(null);
    progress.started("empty.jsonl", 0);

    assertThat(progress.line(0, 0, System.nanoTime() + 1_000_000_000L)).contains("ETA ?");
  }
}
