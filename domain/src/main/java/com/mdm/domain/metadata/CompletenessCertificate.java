package com.mdm.domain.metadata;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What one UTC hour of a dataset provably holds: how many records it should hold (where that can be
 * known), how many it holds, which are missing, a SHA-256 over its canonical content, and the state
 * that follows. A new version is kept whenever any of these changes; earlier versions stay.
 *
 * @param expected how many records the hour should hold; null where no expectation is provable
 *     (tickers, book tickers, liquidations, a broken depth chain, an hour without any id)
 * @param sha256 lower-case hex SHA-256 over the canonical lines of the hour's records in key order
 * @param computedAt when the auditor computed this version
 */
public record CompletenessCertificate(
    String datasetId,
    Instant hourStart,
    int version,
    Long expected,
    long present,
    List<MissingRange> missing,
    String sha256,
    CertificateState state,
    Instant computedAt) {

  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");
  private static final long HOUR_MILLIS = Duration.ofHours(1).toMillis();

  public CompletenessCertificate {
    Objects.requireNonNull(datasetId, "datasetId must not be null");
    Objects.requireNonNull(hourStart, "hourStart must not be null");
    if (hourStart.getNano() != 0 || hourStart.getEpochSecond() * 1000 % HOUR_MILLIS != 0) {
      throw new IllegalArgumentException("hourStart must start a UTC hour but was " + hourStart);
    }
    if (version < 1) {
      throw new IllegalArgumentException("version must be >= 1 but was " + version);
    }
    if (expected != null && expected < 0) {
      throw new IllegalArgumentException("expected must be >= 0 but was " + expected);
    }
    if (present < 0) {
      throw new IllegalArgumentException("present must be >= 0 but was " + present);
    }
    missing = List.copyOf(Objects.requireNonNull(missing, "missing must not be null"));
    Objects.requireNonNull(sha256, "sha256 must not be null");
    if (!HEX.matcher(sha256).matches()) {
      throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits: " + sha256);
    }
    Objects.requireNonNull(state, "state must not be null");
    Objects.requireNonNull(computedAt, "computedAt must not be null");
  }

  /** The end of the hour, exclusive. */
  public Instant hourEnd() {
    return hourStart.plus(Duration.ofHours(1));
  }

  /**
   * Whether this version says the same as {@code other} about the hour, ignoring version and time.
   */
  public boolean sameFindings(CompletenessCertificate other) {
    return other != null
        && Objects.equals(expected, other.expected)
        && present == other.present
        && missing.equals(other.missing)
        && sha256.equals(other.sha256)
        && state == other.state;
  }

  /** This certificate as version {@code next} with {@code newState}, computed at {@code now}. */
  public CompletenessCertificate next(int next, CertificateState newState, Instant now) {
    return new CompletenessCertificate(
        datasetId, hourStart, next, expected, present, missing, sha256, newState, now);
  }
}
