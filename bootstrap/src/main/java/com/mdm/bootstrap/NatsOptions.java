package com.mdm.bootstrap;

import io.nats.client.Connection;
import io.nats.client.ConnectionListener;
import io.nats.client.ErrorListener;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The client options of the service's NATS connection: servers, reconnects, auth and TLS. */
final class NatsOptions {

  private static final Logger LOG = LoggerFactory.getLogger(NatsOptions.class);

  private NatsOptions() {}

  static Options of(String url, NatsSecurity security) {
    Options.Builder builder =
        Options.builder()
            .servers(url.split(","))
            .connectionName("market-data-manager")
            .connectionTimeout(Duration.ofSeconds(5))
            .maxReconnects(-1)
            .reconnectWait(Duration.ofSeconds(1))
            .errorListener(new LoggingErrorListener())
            .connectionListener(
                (connection, event) -> {
                  if (event != ConnectionListener.Events.RESUBSCRIBED) {
                    LOG.info("NATS connection {}", event);
                  }
                });
    if (security.user() != null) {
      builder.userInfo(security.user().toCharArray(), security.password().toCharArray());
    } else if (security.token() != null) {
      builder.token(security.token().toCharArray());
    } else if (security.nkeySeed() != null) {
      builder.authHandler(Nats.staticCredentials(null, security.nkeySeed().toCharArray()));
    } else if (security.credsFile() != null) {
      builder.authHandler(Nats.credentials(security.credsFile().toString()));
    }
    if (security.tls()) {
      builder.sslContext(
          PemTls.context(security.tlsCaFile(), security.tlsCertFile(), security.tlsKeyFile()));
    }
    return builder.build();
  }

  /** Logs what the client reports, which never carries the credentials. */
  private static final class LoggingErrorListener implements ErrorListener {

    @Override
    public void exceptionOccurred(Connection connection, Exception exception) {
      LOG.warn("NATS: {}", NatsSecurity.redact(exception.toString()));
    }

    @Override
    public void errorOccurred(Connection connection, String error) {
      LOG.warn("NATS error: {}", NatsSecurity.redact(String.valueOf(error)));
    }
  }
}
