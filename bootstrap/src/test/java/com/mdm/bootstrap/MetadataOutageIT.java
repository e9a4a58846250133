package com.mdm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.adapter.out.mysql.JdbiLineageRepository;
import com.mdm.adapter.out.mysql.MysqlMetadataStore;
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
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * MySQL goes away while market data arrives: ingest keeps storing every record, metadata writes are
 * deferred and counted, and once MySQL is back the lineage catches up with the right totals.
 */
class MetadataOutageIT {

  private static final int TRADES = 300;

  private TcpProxy mysqlProxy;
  private RunningService service;
  private MysqlDatabase database;

  @BeforeEach
  void start() throws Exception {
    database = TestServices.mysqlDatabase();
    URI url = URI.create(database.jdbcUrl().substring("jdbc:".length()));
    mysqlProxy = new TcpProxy(url.getHost(), url.getPort() == -1 ? 3306 : url.getPort());
    String proxied =
        "jdbc:mysql://127.0.0.1:"
            + mysqlProxy.port()
            + url.getPath()
            + "?connectTimeout=1000&socketTimeout=2000";
    service =
        new RunningService(
                Map.of(
                    "MYSQL_URL",
                    proxied,
                    "MYSQL_USER",
                    database.user(),
                    "MYSQL_PASSWORD",
                    database.password(),
                    "LINEAGE_WINDOW",
                    "300ms"))
            .start();
  }

  @AfterEach
  void stop() throws Exception {
    service.close();
    mysqlProxy.close();
  }

  @Test
  void ingestCarriesOnWhileMysqlIsDownAndLineageCatchesUpAfterwards() throws Exception {
    mysqlProxy.cut();
    for (int i = 0; i < TRADES; i++) {
      String trade =
          "{\"e\":\"trade\",\"E\":1714564800000,\"T\":"
              + (1714564800000L + i)
              + ",\"s\":\"LTCUSDT\",\"t\":"
              + (500_000L + i)
              + ",\"p\":\"81.25\",\"q\":\"1.5\",\"X\":\"MARKET\",\"m\":true}";
      service.publish(trade.getBytes(StandardCharsets.UTF_8));
    }
    service.awaitSettled(Duration.ofSeconds(60));

    SeriesRepository<Trade> trades = service.series().repository(SeriesType.TRADES, Trade.class);
    SeriesKey key = SeriesKey.of(SeriesType.TRADES, Symbol.of("LTCUSDT"));
    assertThat(trades.count(key, TimeRange.all())).isEqualTo(TRADES);
    Await.until(
        "deferred metadata writes",
        Duration.ofSeconds(20),
        () -> service.counter("mdm.metadata.writes.deferred"),
        deferred -> deferred > 0);

    mysqlProxy.restore();
    JdbiLineageRepository lineage =
        new JdbiLineageRepository(
            MysqlMetadataStore.create(database.jdbcUrl(), database.user(), database.password())
                .jdbi());
    Await.until(
        "lineage of all " + TRADES + " trades after MySQL is back",
        Duration.ofSeconds(60),
        () ->
            lineage.listByDataset(key.datasetId(), PageRequest.first(1000)).stream()
                .mapToLong(LineageRecord::outputRecords)
                .sum(),
        written -> written == TRADES);
    assertThat(service.counter("mdm.metadata.writes.dropped")).isZero();
  }
}
