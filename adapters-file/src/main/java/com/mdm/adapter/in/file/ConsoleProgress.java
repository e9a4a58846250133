package com.mdm.adapter.in.file;

import java.io.Console;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Import progress for a person: on a terminal a bar redrawn in place with events/s and the time
 * left (from the bytes of the file read); without one a log line every few seconds.
 */
public final class ConsoleProgress implements ImportProgress {

  private static final Logger LOG = LoggerFactory.getLogger(ConsoleProgress.class);
  private static final long TERMINAL_EVERY_NANOS = 200_000_000L;
  private static final long LOG_EVERY_NANOS = 5_000_000_000L;
  private static final int WIDTH = 30;

  private final PrintStream terminal;
  private String file;
  private long size;
  private long startedNanos;
  private long shownNanos;
  private long eventsAtStart;

  /**
   * @param terminal where the bar is drawn; null for log lines
   */
  ConsoleProgress(PrintStream terminal) {
    this.terminal = terminal;
  }

  /** A bar on standard error when it is a terminal, log lines otherwise. */
  public static ConsoleProgress forConsole() {
    return new ConsoleProgress(isTerminal() ? System.err : null);
  }

  @Override
  public void started(String file, long sizeBytes) {
    this.file = file;
    this.size = Math.max(1, sizeBytes);
    this.startedNanos = System.nanoTime();
    this.shownNanos = startedNanos;
    this.eventsAtStart = -1;
  }

  @Override
  public void advanced(long bytesRead, long events) {
    if (eventsAtStart < 0) {
      eventsAtStart = events;
    }
    long now = System.nanoTime();
    if (now - shownNanos < (terminal != null ? TERMINAL_EVERY_NANOS : LOG_EVERY_NANOS)) {
      return;
    }
    shownNanos = now;
    show(line(bytesRead, events - eventsAtStart, now));
  }

  @Override
  public void finished(String file, long lines, long events) {
    if (terminal != null) {
      terminal.print("\r\033[K");
      terminal.flush();
    }
    LOG.info("{}: {} lines read", file, lines);
  }

  String line(long bytesRead, long events, long now) {
    double seconds = Math.max(1e-9, (now - startedNanos) / 1e9);
    double done = Math.min(1, (double) bytesRead / size);
    long left = done <= 0 ? -1 : Math.round(seconds / done - seconds);
    int filled = (int) Math.round(done * WIDTH);
    return String.format(
        Locale.ROOT,
        "[%s%s] %3.0f%%  %,.0f events/s  ETA %s  %s",
        "=".repeat(filled),
        " ".repeat(WIDTH - filled),
        done * 100,
        events / seconds,
        left < 0 ? "?" : "%d:%02d".formatted(left / 60, left % 60),
        file);
  }

  private void show(String line) {
    if (terminal == null) {
      LOG.info("import {}", line);
    } else {
      terminal.print("\r" + line);
      terminal.flush();
    }
  }

  /** Whether standard output is a terminal; on JDK 22 and later {@code Console} says so itself. */
  static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
