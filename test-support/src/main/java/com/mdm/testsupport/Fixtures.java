package com.mdm.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.opentest4j.TestAbortedException;

/**
 * Reads the shared recorded Binance fixtures in place ({@code ../shared/fixtures/binance-usdm},
 * found by walking up from the working directory, or {@code MDM_SHARED_DIR}). Where they are absent
 * the test is skipped with a message, except with {@code CI=true}, where it fails.
 */
public final class Fixtures {

  private Fixtures() {}

  /** The {@code binance-usdm} fixture directory. */
  public static Path binanceUsdm() {
    String configured = System.getenv("MDM_SHARED_DIR");
    if (configured != null && !configured.isBlank()) {
      Path dir = Path.of(configured, "fixtures", "binance-usdm");
      if (Files.isDirectory(dir)) {
        return dir;
      }
    }
    Path current = Path.of("").toAbsolutePath();
    while (current != null) {
      Path dir = current.resolveSibling("shared").resolve("fixtures").resolve("binance-usdm");
      if (Files.isDirectory(dir)) {
        return dir;
      }
      current = current.getParent();
    }
    String message =
        "recorded fixtures not found: expected ../shared/fixtures/binance-usdm beside the project"
            + " (or MDM_SHARED_DIR)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException(message + "; CI=true requires them");
    }
    throw new TestAbortedException(message + "; skipping");
  }

  /** The lines of {@code ws/<type>.jsonl}, e.g. {@code wsLines("aggTrade")}. */
  public static List<String> wsLines(String type) {
    Path file = binanceUsdm().resolve("ws").resolve(type + ".jsonl");
    try {
      return Files.readAllLines(file).stream().filter(line -> !line.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The bytes of a file under {@code rest/}, e.g. {@code rest("fapi_v1_klines/x.json")}. */
  public static byte[] rest(String relativePath) {
    Path file = binanceUsdm().resolve("rest").resolve(relativePath);
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
