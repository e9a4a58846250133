package com.mdm.application.service.audit;

import com.mdm.domain.metadata.GapKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable gap ids: the same gap of the same dataset, found again, gets the same id. */
final class GapIds {

  private GapIds() {}

  /** 32 hex digits of SHA-256 over dataset, kind and anchor. */
  static String of(String datasetId, GapKind kind, String anchor) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      byte[] hash =
          sha256.digest((datasetId + "|" + kind + "|" + anchor).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}
