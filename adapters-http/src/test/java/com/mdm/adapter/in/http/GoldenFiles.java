package com.mdm.adapter.in.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.opentest4j.AssertionFailedError;

/**
 * The golden files under {@code src/test/resources/golden}: an answer either matches its file
 * character for character or fails naming where they part; with {@code -Dgolden.update=true} the
 * answer is written to the file instead.
 */
final class GoldenFiles {

  static final boolean UPDATE = Boolean.getBoolean("golden.update");
  static final Path SOURCE = Path.of("src", "test", "resources", "golden");

  private static final int CONTEXT = 70;

  private GoldenFiles() {}

  static void check(String name, String answer) {
    String file = name + ".json";
    if (UPDATE) {
      write(file, answer);
      return;
    }
    String golden = read(file);
    if (!golden.equals(answer)) {
      throw new AssertionFailedError(difference(file, golden, answer), golden, answer);
    }
  }

  private static String difference(String file, String golden, String answer) {
    int at = 0;
    while (at < golden.length() && at < answer.length() && golden.charAt(at) == answer.charAt(at)) {
      at++;
    }
    return "the answer differs from golden/"
        + file
        + " at character "
        + at
        + " (of "
        + golden.length()
        + " in the file, "
        + answer.length()
        + " in the answer):\n  golden: "
        + around(golden, at)
        + "\n  answer: "
        + around(answer, at)
        + "\nIf the change is intended, rerun with -Dgolden.update=true and review the diff.";
  }

  private static String around(String text, int at) {
    int from = Math.max(0, at - CONTEXT);
    int to = Math.min(text.length(), at + CONTEXT);
    return (from > 0 ? "..." : "")
        + text.substring(from, at)
        + " >>>"
        + text.substring(at, to)
        + (to < text.length() ? "..." : "");
  }

  private static String read(String file) {
    try (InputStream in = GoldenFiles.class.getResourceAsStream("/golden/" + file)) {
      if (in == null) {
        throw new AssertionFailedError(
            "no golden/" + file + ": run once with -Dgolden.update=true to write it");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(String file, String answer) {
    try {
      Files.createDirectories(SOURCE);
      Files.writeString(SOURCE.resolve(file), answer, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
