package com.mdm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.mdm.adapter.out.mysql.JdbiLineageRepository;
import com.mdm.adapter.out.mysql.MysqlMetadataStore;
import com.mdm.application.service.metadata.MetadataWriter;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.market.Trade;
import com.mdm.domain.metadata.LineageRecord;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.out.SeriesRepository;
import com.mdm.testsupport.Await;
import com.mdm.testsupport.MysqlDatabase;
import com.mdm.testsupport.TcpProxy;
import com.mdm.testsupport.TestServices;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * MySQL goes away while market data arrives: ingest keeps storing every record, metadata writes are
 * deferred and counted, and once MySQL is back the lineage catches up with the right totals; when
 * the metadata queue overflows meanwhile, what was dropped is counted and logged with its records,
 * so that lineage written plus lineage dropped accounts for every trade.
 */
class MetadataOutageIT {

  private static final int TRADES = 300;
  private static final SeriesKey KEY = SeriesKey.of(SeriesType.TRADES, Symbol.of("LTCUSDT"));
  private static final Pattern DROPPED_LINEAGE =
      Pattern.compile("dropped lineage of " + KEY.datasetId() + " \\((\\d+) records\\)");

  private TcpProxy mysqlProxy;
  private RunningService service;
  private MysqlDatabase database;
  private String proxied;

  @BeforeEach
  void proxyMysql() throws Exception {
    database = TestServices.mysqlDatabase();
    URI url = URI.create(database.jdbcUrl().substring("jdbc:".length()));
    mysqlProxy = new TcpProxy(url.getHost(), url.getPort() == -1 ? 3306 : url.getPort());
    proxied =
        "jdbc:mysql://127.0.0.1:"
            + mysqlProxy.port()
            + url.getPath()
            + "?connectTimeout=1000&socketTimeout=2000";
  }

  private void start(Map<String, String> extra) throws Exception {
    Map<String, String> overrides = new HashMap<>(extra);
    overrides.put("MYSQL_URL", proxied);
    overrides.put("MYSQL_USER", database.user());
    overrides.put("MYSQL_PASSWORD", database.password());
    service = new RunningService(overrides).start();
  }

  @AfterEach
  void stop() throws Exception {
    if (service != null) {
      service.close();
    }
    mysqlProxy.close();
  }

  @Test
  void ingestCarriesOnWhileMysqlIsDownAndLineageCatchesUpAfterwards() throws Exception {
    start(Map.of("LINEAGE_WINDOW", "300ms"));
    mysqlProxy.cut();
    publish(0, TRADES);
    service.awaitSettled(Duration.ofSeconds(60));

    assertThat(trades().count(KEY, TimeRange.all())).isEqualTo(TRADES);
    Await.until(
        "deferred metadata writes",
        Duration.ofSeconds(20),
        () -> service.counter("mdm.metadata.writes.deferred"),
        deferred -> deferred > 0);

    mysqlProxy.restore();
    Await.until(
        "lineage of all " + TRADES + " trades after MySQL is back",
        Duration.ofSeconds(60),
        this::lineageRecords,
        written -> written == TRADES);
    assertThat(service.counter("mdm.metadata.writes.dropped")).isZero();
  }

  @Test
  void givenTheMetadataQueueOverflowingWhileMysqlIsDownThenWhatWasDroppedIsReportedExactly()
      throws Exception {
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    log.start();
    Logger writerLog = (Logger) LoggerFactory.getLogger(MetadataWriter.class.getName());
    writerLog.addAppender(log);
    try {
      start(Map.of("LINEAGE_WINDOW", "100ms", "METADATA_QUEUE_CAPACITY", "2"));
      mysqlProxy.cut();
      for (int chunk = 0; chunk < 10; chunk++) {
        int stored = (chunk + 1) * TRADES / 10;
        publish(chunk * TRADES / 10, stored);
        // each chunk stored before the next is sent, so that the chunks fall into several windows
        Await.until(
            "chunk " + chunk + " stored",
            Duration.ofSeconds(30),
            () -> trades().count(KEY, TimeRange.all()),
            n -> n == stored);
      }
      service.awaitSettled(Duration.ofSeconds(60));
      Await.until(
          "metadata writes dropped",
          Duration.ofSeconds(30),
          () -> service.counter("mdm.metadata.writes.dropped"),
          dropped -> dropped > 0);

      mysqlProxy.restore();
      Await.until(
          "lineage written plus lineage dropped accounting for all " + TRADES + " trades",
          Duration.ofSeconds(60),
          () -> lineageRecords() + droppedRecords(log.list),
          total -> total == TRADES);
      assertThat(trades().count(KEY, TimeRange.all())).isEqualTo(TRADES);
      assertThat(droppedWarnings(log.list))
          .isEqualTo((long) service.counter("mdm.metadata.writes.dropped"));
    } finally {
      writerLog.detachAppender(log);
    }
  }

  private void publish(int from, int to) throws Exception {
    for (int i = from; i < to; i++) {
      String trade =
          "{\"e\":\"trade\",\"E\":1714564800000,\"T\":"
              + (1714564800000L + i)
              + ",\"s\":\"LTCUSDT\",\"t\":"
              + (500_000L + i)
              + ",\"p\":\"81.25\",\"q\":\"1.5\",\"X\":\"MARKET\",\"m\":true}";
      service.publish(trade.getBytes(StandardCharsets.UTF_8));
    }
  }

  private SeriesRepository<Trade> trades() {
    return service.series().repository(SeriesType.TRADES, Trade.class);
  }

  private long lineageRecords() {
    JdbiLineageRepository lineage =
        new JdbiLineageRepository(
            MysqlMetadataStore.create(database.jdbcUrl(), database.user(), database.password())
                .jdbi());
    return lineage.listByDataset(KEY.datasetId(), PageRequest.first(1000)).stream()
        .mapToLong(LineageRecord::outputRecords)
        .sum();
  }

  private static long droppedRecords(List<ILoggingEvent> events) {
    long records = 0;
    for (ILoggingEvent event : List.copyOf(events)) {
      Matcher matcher = DROPPED_LINEAGE.matcher(event.getFormattedMessage());
      if (matcher.find()) {
        records += Long.parseLong(matcher.group(1));
      }
    }
    return records;
  }

  private static long droppedWarnings(List<ILoggingEvent> events) {
    return List.copyOf(events).stream()
        .filter(e -> e.getFormattedMessage().startsWith("metadata queue full"))
        .count();
  }
}
