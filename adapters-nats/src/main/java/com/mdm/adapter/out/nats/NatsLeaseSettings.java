package com.mdm.adapter.out.nats;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Where a leader lease lives and how long it lasts.
 *
 * @param bucket the JetStream key-value bucket holding leases; its TTL is the lease period
 * @param key the lease's key in the bucket, one per role (e.g. {@code auditor})
 * @param ttl the lease period: a holder that stops renewing loses the lease after it
 * @param holderId this instance's id, stored as the lease's value; unique per process
 */
public record NatsLeaseSettings(String bucket, String key, Duration ttl, String holderId) {

  private static final Pattern BUCKET = Pattern.compile("^[A-Za-z0-9_-]{1,64}$");
  private static final Pattern KEY = Pattern.compile("^[-/_=.A-Za-z0-9]{1,128}$");

  public NatsLeaseSettings {
    Objects.requireNonNull(bucket, "bucket must not be null");
    if (!BUCKET.matcher(bucket).matches()) {
      throw new IllegalArgumentException(
          "lease bucket '" + bucket + "' is invalid: expected 1 to 64 of A-Z a-z 0-9 _ -");
    }
    Objects.requireNonNull(key, "key must not be null");
    if (!KEY.matcher(key).matches() || key.startsWith(".") || key.endsWith(".")) {
      throw new IllegalArgumentException(
          "lease key '" + key + "' is invalid: expected 1 to 128 of A-Z a-z 0-9 - / _ = .");
    }
    Objects.requireNonNull(ttl, "ttl must not be null");
    if (ttl.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("lease ttl must be at least 1 s but was " + ttl);
    }
    Objects.requireNonNull(holderId, "holderId must not be null");
    if (holderId.isBlank()) {
      throw new IllegalArgumentException("holderId must not be blank");
    }
  }

  /** The auditor's lease in bucket {@code mdm_leases} with a fresh holder id. */
  public static NatsLeaseSettings auditor(Duration ttl) {
    return new NatsLeaseSettings("mdm_leases", "auditor", ttl, defaultHolderId());
  }

  /** The JVM's {@code pid@host} plus a random suffix, so two processes never share an id. */
  public static String defaultHolderId() {
    return ManagementFactory.getRuntimeMXBean().getName()
        + "/"
        + UUID.randomUUID().toString().substring(0, 8);
  }
}
