package com.mdm.bootstrap;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB-wire server inside the service ({@code MONGODB_EMBEDDED}), for development where no
 * MongoDB runs: in memory, or in an H2 file. Not for production: it ignores write concerns and TTL
 * indexes.
 */
final class EmbeddedMongo implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMongo.class);

  private final MongoServer server;
  private final String uri;

  private EmbeddedMongo(MongoServer server) {
    this.server = server;
    server.bind("127.0.0.1", 0);
    InetSocketAddress address = server.getLocalAddress();
    this.uri = "mongodb://127.0.0.1:" + address.getPort() + "/";
  }

  /** Starts a server for the configured mode; {@code file} null means in memory. */
  static EmbeddedMongo start(Path file) {
    if (file == null) {
      LOG.warn("MONGODB_EMBEDDED=memory: market data is kept in memory and lost on exit");
      return new EmbeddedMongo(new MongoServer(new MemoryBackend()));
    }
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the directory of " + file, e);
    }
    LOG.warn(
        "MONGODB_EMBEDDED=file: development store in {}, not for production",
        file.toAbsolutePath());
    return new EmbeddedMongo(new MongoServer(new H2Backend(file.toString())));
  }

  String uri() {
    return uri;
  }

  @Override
  public void close() {
    server.shutdown();
  }
}
