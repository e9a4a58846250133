package com.mdm.bootstrap;

import io.nats.client.NKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads NATS authentication and TLS: {@code NATS_USER} with {@code NATS_PASSWORD} or {@code
 * NATS_PASSWORD_FILE}, {@code NATS_TOKEN} or {@code NATS_TOKEN_FILE}, {@code NATS_NKEY_SEED_FILE},
 * {@code NATS_CREDS_FILE}, and {@code NATS_TLS_CA_FILE}, {@code NATS_TLS_CERT_FILE}, {@code
 * NATS_TLS_KEY_FILE}. A secret is never put in an error message.
 */
final class NatsSecurityLoader {

  private NatsSecurityLoader() {}

  static NatsSecurity load(Env env, String url) {
    String user = env.raw("NATS_USER");
    String password = secret(env, "NATS_PASSWORD");
    String token = secret(env, "NATS_TOKEN");
    Path nkeyFile = readableFile(env, "NATS_NKEY_SEED_FILE");
    Path credsFile = readableFile(env, "NATS_CREDS_FILE");
    if (user == null && password != null) {
      throw new ConfigException("NATS_USER", null, "a user name, since a NATS password is set");
    }
    if (user != null && password == null) {
      throw new ConfigException(
          "NATS_PASSWORD", null, "a password (or NATS_PASSWORD_FILE), since NATS_USER is set");
    }
    List<String> methods = new ArrayList<>();
    addIf(methods, user != null, "NATS_USER");
    addIf(methods, token != null, "NATS_TOKEN");
    addIf(methods, nkeyFile != null, "NATS_NKEY_SEED_FILE");
    addIf(methods, credsFile != null, "NATS_CREDS_FILE");
    if (methods.size() > 1) {
      throw new ConfigException(
          methods.get(1), "(set)", "one way to authenticate to NATS, but " + methods + " are set");
    }
    if (!methods.isEmpty() && url.matches("(?s).*://[^/,]*@.*")) {
      throw new ConfigException(
          methods.get(0),
          "(set)",
          "credentials in NATS_URL or in " + methods.get(0) + ", not both");
    }
    Path ca = readableFile(env, "NATS_TLS_CA_FILE");
    Path cert = readableFile(env, "NATS_TLS_CERT_FILE");
    Path key = readableFile(env, "NATS_TLS_KEY_FILE");
    if ((cert == null) != (key == null)) {
      throw new ConfigException(
          cert == null ? "NATS_TLS_CERT_FILE" : "NATS_TLS_KEY_FILE",
          null,
          "NATS_TLS_CERT_FILE and NATS_TLS_KEY_FILE together (mutual TLS needs both)");
    }
    boolean tls = url.toLowerCase(Locale.ROOT).contains("tls://") || ca != null || cert != null;
    return new NatsSecurity(
        user, password, token, nkeySeed(nkeyFile), credsFile, tls, ca, cert, key);
  }

  /** {@code NAME}, or the trimmed content of the file {@code NAME_FILE}; not both. */
  private static String secret(Env env, String name) {
    String value = env.raw(name);
    Path file = readableFile(env, name + "_FILE");
    if (file == null) {
      return value;
    }
    if (value != null) {
      throw new ConfigException(
          name + "_FILE", file.toString(), "unset, since " + name + " is set");
    }
    String content = read(name + "_FILE", file).strip();
    if (content.isEmpty()) {
      throw new ConfigException(name + "_FILE", file.toString(), "a file that is not empty");
    }
    return content;
  }

  private static String nkeySeed(Path file) {
    if (file == null) {
      return null;
    }
    String seed = read("NATS_NKEY_SEED_FILE", file).strip();
    try {
      if (NKey.fromSeed(seed.toCharArray()).getType() == NKey.Type.USER) {
        return seed;
      }
    } catch (RuntimeException e) {
      // reported below, without the seed
    }
    throw new ConfigException(
        "NATS_NKEY_SEED_FILE", file.toString(), "a file holding a user NKey seed (SU...)");
  }

  private static Path readableFile(Env env, String variable) {
    String value = env.raw(variable);
    if (value == null) {
      return null;
    }
    Path file = Path.of(value);
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new ConfigException(variable, value, "a readable file");
    }
    return file;
  }

  private static String read(String variable, Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      throw new ConfigException(variable, file.toString(), "a readable UTF-8 text file");
    }
  }

  private static void addIf(List<String> methods, boolean set, String variable) {
    if (set) {
      methods.add(variable);
    }
  }
}
