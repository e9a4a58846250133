package com.mdm.adapter.out.nats;

import com.mdm.domain.port.out.LeaderLease;
import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.KeyValue;
import io.nats.client.KeyValueManagement;
import io.nats.client.api.KeyValueConfiguration;
import io.nats.client.api.KeyValueEntry;
import io.nats.client.api.KeyValueOperation;
import io.nats.client.api.KeyValueStatus;
import io.nats.client.api.StorageType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A leader lease kept as one key in a JetStream key-value bucket whose TTL is the lease period.
 * Acquiring creates the key (which fails while another holder's entry lives), renewing updates it
 * at the revision last written (which fails once someone else wrote it), releasing deletes it at
 * that revision. A holder that stops renewing loses the key when the server ages its entry out.
 * This instance counts itself leader only within one period of the last confirmed write, measured
 * from before that write was sent, so it steps down no later than the server lets another take
 * over.
 */
public final class NatsKvLeaderLease implements LeaderLease {

  private static final Logger LOG = LoggerFactory.getLogger(NatsKvLeaderLease.class);
  private static final int BUCKET_NOT_FOUND = 10059;

  private final Connection connection;
  private final NatsLeaseSettings settings;
  private final byte[] holder;
  private KeyValue kv;
  private long revision;
  private long confirmedAt;
  private boolean held;

  /**
   * A lease on {@code connection}. Nothing is sent yet: the bucket is created (or its TTL set to
   * the configured period) on the first attempt to take the lease, so a NATS server that is not
   * reachable now only delays leadership.
   */
  public NatsKvLeaderLease(Connection connection, NatsLeaseSettings settings) {
    this.connection = Objects.requireNonNull(connection, "connection must not be null");
    this.settings = Objects.requireNonNull(settings, "settings must not be null");
    this.holder = settings.holderId().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public Duration period() {
    return settings.ttl();
  }

  @Override
  public synchronized boolean tryAcquire() {
    long sent = System.nanoTime();
    try {
      KeyValue bucket = bucket();
      try {
        confirm(bucket.create(settings.key(), holder), sent);
        LOG.info("took lease {}/{} as {}", settings.bucket(), settings.key(), settings.holderId());
        return true;
      } catch (JetStreamApiException e) {
        return adoptOwnEntry(sent);
      }
    } catch (IOException | JetStreamApiException | RuntimeException e) {
      LOG.warn("cannot take lease {}: {}", settings.key(), e.toString());
      held = false;
      return false;
    }
  }

  @Override
  public synchronized boolean renew() {
    if (!held) {
      return false;
    }
    long sent = System.nanoTime();
    try {
      confirm(kv.update(settings.key(), holder, revision), sent);
      return true;
    } catch (JetStreamApiException e) {
      LOG.warn("lost lease {} to another holder: {}", settings.key(), e.getMessage());
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot renew lease {}: {}", settings.key(), e.toString());
    }
    held = false;
    return false;
  }

  @Override
  public synchronized void release() {
    if (!held) {
      return;
    }
    held = false;
    try {
      kv.delete(settings.key(), revision);
      LOG.info("released lease {}/{}", settings.bucket(), settings.key());
    } catch (IOException | JetStreamApiException | RuntimeException e) {
      LOG.warn("cannot release lease {}: {}", settings.key(), e.toString());
    }
  }

  @Override
  public synchronized boolean isLeader() {
    return held && System.nanoTime() - confirmedAt < settings.ttl().toNanos();
  }

  /** After a failed create: the live entry may be this instance's own, e.g. after a lost reply. */
  private boolean adoptOwnEntry(long sent) {
    held = false;
    try {
      KeyValueEntry entry = kv.get(settings.key());
      if (entry != null
          && entry.getOperation() == KeyValueOperation.PUT
          && settings.holderId().equals(entry.getValueAsString())) {
        confirm(kv.update(settings.key(), holder, entry.getRevision()), sent);
        return true;
      }
    } catch (IOException | JetStreamApiException | RuntimeException e) {
      LOG.debug("lease {} is held elsewhere: {}", settings.key(), e.toString());
    }
    return false;
  }

  private KeyValue bucket() throws IOException, JetStreamApiException {
    if (kv == null) {
      ensureBucket(connection.keyValueManagement(), settings);
      kv = connection.keyValue(settings.bucket());
    }
    return kv;
  }

  private void confirm(long newRevision, long sentAt) {
    revision = newRevision;
    confirmedAt = sentAt;
    held = true;
  }

  private static void ensureBucket(KeyValueManagement management, NatsLeaseSettings settings)
      throws IOException, JetStreamApiException {
    KeyValueConfiguration wanted =
        KeyValueConfiguration.builder()
            .name(settings.bucket())
            .description("leader leases of the market data manager")
            .maxHistoryPerKey(1)
            .ttl(settings.ttl())
            .storageType(StorageType.Memory)
            .build();
    KeyValueStatus status;
    try {
      status = management.getStatus(settings.bucket());
    } catch (JetStreamApiException e) {
      if (e.getApiErrorCode() != BUCKET_NOT_FOUND) {
        throw e;
      }
      try {
        management.create(wanted);
        LOG.info("created lease bucket {} with TTL {}", settings.bucket(), settings.ttl());
      } catch (JetStreamApiException raced) {
        // another instance created it at the same moment with the same configuration
        management.getStatus(settings.bucket());
      }
      return;
    }
    if (!settings.ttl().equals(status.getTtl())) {
      management.update(
          KeyValueConfiguration.builder(status.getConfiguration()).ttl(settings.ttl()).build());
      LOG.info(
          "lease bucket {}: TTL changed from {} to {}",
          settings.bucket(),
          status.getTtl(),
          settings.ttl());
    }
  }
}
