package com.mdm.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mdm.domain.market.SeriesType;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MongoStorageConfigTest {

  @Test
  void givenDefaults_thenMajorityWritesNoRetentionAndTenSecondQueries() {
    MongoStorageConfig config = MongoStorageConfig.defaults("market_data");

    assertThat(config.database()).isEqualTo("market_data");
    assertThat(MongoStorageConfig.defaults("petrosa-data_manager2").database())
        .isEqualTo("petrosa-data_manager2");
    assertThat(config.writeConcern()).isEqualTo("majority");
    assertThat(config.retention()).isEmpty();
    assertThat(config.queryTimeout()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void givenRetention_whenAdded_thenItIsKeptPerTypeAndTheMapCannotBeChangedFromOutside() {
    Map<SeriesType, Duration> retention = new HashMap<>();
    retention.put(SeriesType.TRADES, Duration.ofDays(7));
    MongoStorageConfig config =
        new MongoStorageConfig("md", "1", retention, Duration.ofSeconds(3))
            .withRetention(SeriesType.BOOK_TICKERS, Duration.ofHours(6));
    retention.put(SeriesType.DEPTH, Duration.ofDays(1));

    assertThat(config.retention())
        .containsOnly(
            Map.entry(SeriesType.TRADES, Duration.ofDays(7)),
            Map.entry(SeriesType.BOOK_TICKERS, Duration.ofHours(6)));
    assertThat(config.withWriteConcern("2").writeConcern()).isEqualTo("2");
  }

  @Test
  void givenInvalidValues_thenConstructionFailsNamingTheSetting() {
    for (String bad : new String[] {"bad/name", "a.b", "with space", "$x", ""}) {
      assertThatThrownBy(() -> MongoStorageConfig.defaults(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("database '" + bad + "'");
    }
    assertThatThrownBy(() -> MongoStorageConfig.defaults("md").withWriteConcern("0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("writeConcern");
    assertThatThrownBy(
            () -> MongoStorageConfig.defaults("md").withRetention(SeriesType.TRADES, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("retention of TRADES");
    assertThatThrownBy(() -> new MongoStorageConfig("md", "majority", Map.of(), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("queryTimeout");
  }
}
