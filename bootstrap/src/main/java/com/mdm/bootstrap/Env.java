package com.mdm.bootstrap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Typed reads of environment variables, each failing with a {@link ConfigException}. */
final class Env {

  private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9_-]{1,64}$");
  private static final Pattern DURATION = Pattern.compile("^(\\d+)(ms|s|m|h|d)?$");

  private final Map<String, String> variables;

  Env(Map<String, String> variables) {
    this.variables = variables;
  }

  /** The trimmed value, or null when unset or blank. */
  String raw(String name) {
    String value = variables.get(name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  /**
   * A secret from {@code NAME} or from the file {@code NAME_FILE} names (a mounted secret), with
   * the file's trailing line break removed; null when neither is set. Both set is an error, as
   * which one wins would be a guess.
   */
  String secret(String name) {
    String fileVariable = name + "_FILE";
    String file = raw(fileVariable);
    if (file == null) {
      return raw(name);
    }
    if (raw(name) != null) {
      throw new ConfigException(
          fileVariable, file, "unset while " + name + " is set: give the secret one way, not both");
    }
    String content;
    try {
      content = Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (IOException | InvalidPathException | SecurityException e) {
      throw new ConfigException(
          fileVariable,
          file,
          "a readable file holding " + name + " (" + e.getClass().getSimpleName() + ")");
    }
    String secret = content.replaceAll("[\\r\\n]+$", "");
    if (secret.isEmpty()) {
      throw new ConfigException(
          fileVariable, file, "a file holding " + name + ", not an empty one");
    }
    return secret;
  }

  String string(String name, String fallback) {
    String value = raw(name);
    return value == null ? fallback : value;
  }

  int integer(String name, int fallback, int min, int max) {
    String value = raw(name);
    if (value == null) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value);
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ConfigException(name, value, "a whole number from " + min + " to " + max);
  }

  boolean bool(String name, boolean fallback) {
    String value = raw(name);
    if (value == null) {
      return fallback;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes", "on" -> true;
      case "false", "0", "no", "off" -> false;
      default -> throw new ConfigException(name, value, "true or false");
    };
  }

  /** A duration such as {@code 250ms}, {@code 30s}, {@code 5m}, {@code 24h}, {@code 7d}. */
  Duration duration(String name, Duration fallback, String bareUnit) {
    String value = raw(name);
    if (value == null) {
      return fallback;
    }
    Matcher matcher = DURATION.matcher(value.toLowerCase(Locale.ROOT));
    if (!matcher.matches()) {
      throw new ConfigException(
          name,
          value,
          "a duration such as 100ms, 30s, 5m, 24h or 7d (a bare number is " + bareUnit + ")");
    }
    long amount = Long.parseLong(matcher.group(1));
    String unit = matcher.group(2) == null ? bareUnit : matcher.group(2);
    return switch (unit) {
      case "ms" -> Duration.ofMillis(amount);
      case "s" -> Duration.ofSeconds(amount);
      case "m" -> Duration.ofMinutes(amount);
      case "h" -> Duration.ofHours(amount);
      default -> Duration.ofDays(amount);
    };
  }

  <E extends Enum<E>> E choice(String name, E fallback, Class<E> type) {
    String value = raw(name);
    if (value == null) {
      return fallback;
    }
    String normalised = value.toUpperCase(Locale.ROOT).replace('-', '_');
    for (E constant : type.getEnumConstants()) {
      if (constant.name().replace("_", "").equals(normalised.replace("_", ""))) {
        return constant;
      }
    }
    StringBuilder choices = new StringBuilder();
    for (E constant : type.getEnumConstants()) {
      choices
          .append(choices.isEmpty() ? "" : ", ")
          .append(constant.name().toLowerCase(Locale.ROOT));
    }
    throw new ConfigException(name, value, "one of " + choices);
  }

  <T> T parsed(String name, T fallback, Function<String, T> parser, String expected) {
    String value = raw(name);
    if (value == null) {
      return fallback;
    }
    try {
      return parser.apply(value);
    } catch (RuntimeException e) {
      throw new ConfigException(name, value, expected);
    }
  }

  /** A duration that must be greater than zero. */
  Duration positive(String name, Duration fallback, String bareUnit) {
    Duration value = duration(name, fallback, bareUnit);
    if (value.isZero()) {
      throw new ConfigException(name, raw(name), "a duration greater than zero");
    }
    return value;
  }

  /** A name of 1 to 64 letters, digits, _ or -, such as a stream or database name. */
  String name(String variable, String fallback) {
    String value = string(variable, fallback);
    if (!NAME.matcher(value).matches()) {
      throw new ConfigException(variable, value, "1 to 64 of A-Z a-z 0-9 _ -");
    }
    return value;
  }
}
