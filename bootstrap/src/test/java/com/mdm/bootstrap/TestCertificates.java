package com.mdm.bootstrap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away CA with a server certificate for {@code 127.0.0.1} and a client certificate, made by
 * {@code openssl} in a directory of the test's; PEM files, keys in PKCS#8.
 */
record TestCertificates(Path ca, Path serverCert, Path serverKey, Path clientCert, Path clientKey) {

  static TestCertificates create(Path dir) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    TestCertificates made =
        new TestCertificates(
            dir.resolve("ca.pem"),
            dir.resolve("server.pem"),
            dir.resolve("server.key"),
            dir.resolve("client.pem"),
            dir.resolve("client.key"));
    Path caKey = dir.resolve("ca.key");
    openssl(
        dir,
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "2",
        "-subj",
        "/CN=mdm-test-ca",
        "-keyout",
        caKey.toString(),
        "-out",
        made.ca.toString());
    Path serverExt = Files.writeString(dir.resolve("server.ext"), "subjectAltName=IP:127.0.0.1\n");
    made.sign(dir, caKey, "127.0.0.1", made.serverCert, made.serverKey, serverExt);
    Path clientExt = Files.writeString(dir.resolve("client.ext"), "extendedKeyUsage=clientAuth\n");
    made.sign(dir, caKey, "mdm-client", made.clientCert, made.clientKey, clientExt);
    return made;
  }

  private void sign(Path dir, Path caKey, String name, Path cert, Path key, Path extensions)
      throws IOException, InterruptedException {
    Path request = dir.resolve(name + ".csr");
    openssl(
        dir,
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-subj",
        "/CN=" + name,
        "-keyout",
        key.toString(),
        "-out",
        request.toString());
    openssl(
        dir,
        "x509",
        "-req",
        "-in",
        request.toString(),
        "-CA",
        ca.toString(),
        "-CAkey",
        caKey.toString(),
        "-CAcreateserial",
        "-days",
        "2",
        "-extfile",
        extensions.toString(),
        "-out",
        cert.toString());
  }

  private static void openssl(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("openssl"));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("openssl.log").toFile())
            .start();
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException(
          "openssl " + args[0] + " failed:\n" + Files.readString(dir.resolve("openssl.log")));
    }
  }
}
