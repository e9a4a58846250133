package com.mdm.bootstrap;

import java.nio.file.Path;

/**
 * How the service proves who it is to NATS and secures the connection: at most one of user and
 * password, token, NKey seed or {@code .creds} file, and optionally TLS with a CA of its own and a
 * client certificate. Secrets never appear in {@link #toString()}.
 *
 * @param nkeySeed the seed of a user NKey ({@code SU...}), read from {@code NATS_NKEY_SEED_FILE}
 * @param tls whether TLS is wanted: a {@code tls://} URL or any TLS file set
 * @param tlsCaFile PEM certificates to trust instead of the JDK's; null for the JDK's
 * @param tlsCertFile PEM client certificate (chain) for mutual TLS, with {@code tlsKeyFile}
 * @param tlsKeyFile PEM PKCS#8 private key of {@code tlsCertFile}
 */
public record NatsSecurity(
    String user,
    String password,
    String token,
    String nkeySeed,
    Path credsFile,
    boolean tls,
    Path tlsCaFile,
    Path tlsCertFile,
    Path tlsKeyFile) {

  /** No authentication, no TLS. */
  public static NatsSecurity none() {
    return new NatsSecurity(null, null, null, null, null, false, null, null, null);
  }

  /** Which kind of authentication is configured, for logs. */
  public String authentication() {
    if (user != null) {
      return "user " + user + " with a password";
    }
    if (token != null) {
      return "token";
    }
    if (nkeySeed != null) {
      return "NKey";
    }
    if (credsFile != null) {
      return "credentials file " + credsFile;
    }
    return "none";
  }

  @Override
  public String toString() {
    return "NatsSecurity[authentication="
        + authentication()
        + ", tls="
        + tls
        + (tlsCaFile == null ? "" : ", ca=" + tlsCaFile)
        + (tlsCertFile == null ? "" : ", cert=" + tlsCertFile)
        + "]";
  }

  /** {@code url} without any {@code user:password@} or {@code token@} part, for logs. */
  public static String redact(String url) {
    return url.replaceAll("://[^@/,]*@", "://***@");
  }
}
