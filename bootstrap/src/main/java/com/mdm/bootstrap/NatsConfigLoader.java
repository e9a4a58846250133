package com.mdm.bootstrap;

import com.mdm.adapter.in.nats.NatsListenerSettings;
import com.mdm.adapter.in.nats.NatsListenerSettings.DeliveryMode;
import com.mdm.adapter.in.nats.NatsListenerSettings.StreamRetention;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads the NATS variables: server, subject, delivery mode, stream and consumer. */
final class NatsConfigLoader {

  private static final Pattern SUBJECT = Pattern.compile("^[^\\s*>]+(\\.[^\\s*>]+)*$");

  private NatsConfigLoader() {}

  static String natsUrl(Env env) {
    String url = env.string("NATS_URL", "nats://localhost:4222");
    for (String server : url.split(",")) {
      String scheme = server.trim().toLowerCase(Locale.ROOT);
      if (!(scheme.startsWith("nats://")
          || scheme.startsWith("tls://")
          || scheme.startsWith("ws://")
          || scheme.startsWith("wss://"))) {
        throw new ConfigException(
            "NATS_URL", url, "nats://host:port (or tls://, ws://, wss://), comma separated");
      }
    }
    return url;
  }

  static NatsListenerSettings load(Env env) {
    String subject = env.string("NATS_CONSUMER_SUBJECT", "binance.futures.websocket.data");
    requireSubject("NATS_CONSUMER_SUBJECT", subject);
    String deadLetter = env.string("NATS_DLQ_SUBJECT", subject + ".dlq");
    requireSubject("NATS_DLQ_SUBJECT", deadLetter);
    if (deadLetter.equals(subject)) {
      throw new ConfigException(
          "NATS_DLQ_SUBJECT", deadLetter, "a subject other than NATS_CONSUMER_SUBJECT");
    }
    return new NatsListenerSettings(
        subject,
        env.choice("NATS_MODE", DeliveryMode.JETSTREAM, DeliveryMode.class),
        deadLetter,
        env.name("NATS_STREAM_NAME", "BINANCE_FUTURES_WS"),
        streamSubjects(env),
        env.bool("NATS_STREAM_CREATE", true),
        env.choice("NATS_STREAM_RETENTION", StreamRetention.LIMITS, StreamRetention.class),
        env.positive("NATS_STREAM_MAX_AGE", Duration.ofDays(7), "s"),
        // JetStream allows at most 5 replicas; more than the cluster has nodes fails at creation
        env.integer("NATS_STREAM_REPLICAS", 1, 1, 5),
        env.name("NATS_CONSUMER_DURABLE", "market-data-manager"),
        env.string("NATS_QUEUE_GROUP", "market-data-manager"),
        env.positive("NATS_ACK_WAIT", Duration.ofSeconds(60), "s"),
        env.integer("NATS_MAX_ACK_PENDING", 20_000, 1, 1_000_000),
        env.integer("NATS_MAX_IN_FLIGHT", 10_000, 1, 1_000_000),
        env.integer("NATS_FETCH_BATCH", 500, 1, 10_000),
        env.integer("NATS_READERS", 2, 1, 64));
  }

  private static List<String> streamSubjects(Env env) {
    String value = env.raw("NATS_STREAM_SUBJECTS");
    if (value == null) {
      return List.of();
    }
    List<String> subjects = Arrays.stream(value.split(",")).map(String::trim).toList();
    for (String subject : subjects) {
      if (subject.isEmpty() || subject.contains(" ")) {
        throw new ConfigException(
            "NATS_STREAM_SUBJECTS",
            value,
            "comma-separated subjects, wildcards allowed (e.g. binance.>)");
      }
    }
    return subjects;
  }

  private static void requireSubject(String variable, String subject) {
    if (!SUBJECT.matcher(subject).matches() || subject.startsWith(".") || subject.endsWith(".")) {
      throw new ConfigException(
          variable,
          subject,
          "a NATS subject without wildcards or spaces, e.g. binance.futures.websocket.data");
    }
  }
}
