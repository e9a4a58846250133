package com.mdm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.market.Trade;
import com.mdm.testsupport.Await;
import com.mdm.testsupport.hostile.HostileCase;
import com.mdm.testsupport.hostile.HostileCorpus;
import io.nats.client.Message;
import io.nats.client.Subscription;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

/**
 * The whole hostile corpus, each case between two good trades, through NATS JetStream (a private
 * server taking 8 MB messages, so the 2 MB frame arrives), MongoDB and MariaDB with the default
 * limits: the service stays up, every good trade is stored, every hostile frame is dead-lettered
 * once with its bytes untouched and its reason, no trace of it is in a collection name or a
 * metadata row, and the durable consumer settles.
 */
class HostileCorpusIT {

  private static final List<HostileCase> CORPUS = HostileCorpus.all();
  private static final long FIRST_TIME = 1714564800000L;

  private BigPayloadNatsServer nats;
  private RunningService service;
  private Subscription deadLetters;

  @BeforeEach
  void start() throws Exception {
    nats = BigPayloadNatsServer.start();
    service = new RunningService(Map.of("NATS_URL", nats.url()));
    deadLetters = service.nats().subscribe(service.subject + ".dlq");
    service.nats().flush(Duration.ofSeconds(2));
    service.start();
  }

  @AfterEach
  void stop() throws Exception {
    if (service != null) {
      service.close();
    }
    nats.close();
  }

  @Test
  void everyHostileFrameIsDeadLetteredWithItsReasonAndNothingOfItIsStored() throws Exception {
    int good = 0;
    for (HostileCase hostile : CORPUS) {
      service.publish(goodTrade(good++));
      service.publish(hostile.bytes());
    }
    service.publish(goodTrade(good++));

    service.awaitSettled(Duration.ofSeconds(60));

    assertThat(storedTrades()).isEqualTo(good);
    Map<String, Message> letters = awaitDeadLetters();
    for (HostileCase hostile : CORPUS) {
      Message letter = letters.get(key(hostile.bytes()));
      assertThat(letter).as("the dead letter of %s", hostile).isNotNull();
      assertThat(letter.getHeaders().getFirst("Mdm-Reject-Reason"))
          .as("reason of %s", hostile)
          .isEqualTo(hostile.reason());
      assertThat(letter.getHeaders().getFirst("Mdm-Reject-Detail"))
          .as("detail of %s", hostile)
          .contains(hostile.detail())
          .matches("[\\x20-\\x7e]+");
      assertThat(letter.getHeaders().getFirst("Mdm-Source-Subject")).isEqualTo(service.subject);
    }
    for (String reason : CORPUS.stream().map(HostileCase::reason).distinct().toList()) {
      long expected = CORPUS.stream().filter(c -> c.reason().equals(reason)).count();
      assertThat(service.counter("mdm.ingest.dead.lettered", "reason", reason))
          .as("dead letters counted for %s", reason)
          .isEqualTo(expected);
    }
    assertNothingHostileInCollectionNames();
    assertNothingHostileInMetadata();

    // still up: a good trade after all of it is stored too
    service.publish(goodTrade(good++));
    service.awaitSettled(Duration.ofSeconds(30));
    assertThat(storedTrades()).isEqualTo(good);
  }

  private Map<String, Message> awaitDeadLetters() {
    Map<String, Message> letters = new HashMap<>();
    Await.until(
        "every hostile frame dead-lettered",
        Duration.ofSeconds(20),
        () -> drain(letters),
        n -> n >= CORPUS.size());
    assertThat(letters).as("one dead letter per case, none twice").hasSize(CORPUS.size());
    return letters;
  }

  private void assertNothingHostileInCollectionNames() {
    List<String> names = Flux.from(service.mongo().listCollectionNames()).collectList().block();
    assertThat(names).as("the good symbol's collection").contains("trades_BTCUSDT");
    for (String name : names) {
      assertThat(hostileTexts()).noneMatch(text -> name.toLowerCase(Locale.ROOT).contains(text));
    }
  }

  /** Waits for the metadata to show the good symbol, then reads every cell of every table. */
  private void assertNothingHostileInMetadata() {
    Await.until(
        "the good symbol's dataset and the dead letters in the metadata",
        Duration.ofSeconds(30),
        this::metadataCells,
        cells ->
            cells.stream().anyMatch(cell -> cell.contains("BTCUSDT"))
                && deadLetteredInReceiptLog() == CORPUS.size());
    List<String> cells = metadataCells();
    for (String cell : cells) {
      String lower = cell.toLowerCase(Locale.ROOT);
      assertThat(hostileTexts()).as("metadata cell %s", cell).noneMatch(lower::contains);
    }
  }

  private long deadLetteredInReceiptLog() {
    return service
        .metadata()
        .withHandle(
            h ->
                h.createQuery("SELECT COALESCE(SUM(dead_lettered), 0) FROM capture_minutes")
                    .mapTo(Long.class)
                    .one());
  }

  private List<String> metadataCells() {
    return service
        .metadata()
        .withHandle(
            h -> {
              List<String> cells = new ArrayList<>();
              for (String table :
                  h.createQuery(
                          "SELECT table_name FROM information_schema.tables"
                              + " WHERE table_schema = DATABASE()")
                      .mapTo(String.class)
                      .list()) {
                h.createQuery("SELECT * FROM `" + table + "`")
                    .mapToMap()
                    .forEach(row -> row.values().forEach(v -> cells.add(String.valueOf(v))));
              }
              return cells;
            });
  }

  private static List<String> hostileTexts() {
    return Stream.concat(
            Stream.of(HostileCorpus.SYMBOL),
            CORPUS.stream().flatMap(hostile -> hostile.symbols().stream()))
        .map(text -> text.toLowerCase(Locale.ROOT))
        .distinct()
        .toList();
  }

  private long storedTrades() {
    return service
        .series()
        .repository(SeriesType.TRADES, Trade.class)
        .count(SeriesKey.of(SeriesType.TRADES, Symbol.of("BTCUSDT")), TimeRange.all());
  }

  private int drain(Map<String, Message> letters) {
    try {
      Message message;
      while ((message = deadLetters.nextMessage(Duration.ofMillis(100))) != null) {
        Message earlier = letters.put(key(message.getData()), message);
        assertThat(earlier).as("a frame dead-lettered twice").isNull();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return letters.size();
  }

  private static String key(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static byte[] goodTrade(int id) {
    return HostileCorpus.goodTrade("BTCUSDT", 1000 + id, FIRST_TIME + id)
        .getBytes(StandardCharsets.UTF_8);
  }
}
