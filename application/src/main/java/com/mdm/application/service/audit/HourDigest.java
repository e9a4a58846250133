package com.mdm.application.service.audit;

import com.mdm.domain.market.MarketEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over the canonical lines of an hour's records, each line ended by {@code \n}, in the
 * order they are given (key order); an hour without records hashes the empty input.
 */
final class HourDigest {

  private final MessageDigest digest;

  HourDigest() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  void accept(MarketEvent record) {
    digest.update((CanonicalLines.of(record) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** The hex digest; ends this digest. */
  String hex() {
    return HexFormat.of().formatHex(digest.digest());
  }
}
