package com.mdm.adapter.out.mysql;

import static com.mdm.testsupport.contract.MetadataSamples.BTC;
import static com.mdm.testsupport.contract.MetadataSamples.dataset;
import static com.mdm.testsupport.contract.MetadataSamples.health;
import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.TimeRange;
import com.mdm.domain.metadata.Dataset;
import com.mdm.domain.metadata.HealthMetric;
import java.time.Instant;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Times stay exact to the millisecond and are stored as UTC whatever the zones of the JVM and the
 * database session: here New York (where 02:30 on 2024-03-10 does not exist) and UTC+9.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class UtcTimeRoundTripContract {

  /** 02:30:00.123 UTC, a wall-clock time that falls in New York's daylight-saving gap. */
  private static final Instant IN_DST_GAP = Instant.parse("2024-03-10T02:30:00.123Z");

  private TimeZone jvmZone;
  private MetadataTestDatabase database;

  /** A database whose session time zone is UTC+9. */
  protected abstract MetadataTestDatabase openDatabaseInSessionZonePlusNine();

  protected abstract String sessionZoneQuery();

  @BeforeAll
  void open() {
    jvmZone = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
    database = openDatabaseInSessionZonePlusNine();
  }

  @AfterAll
  void close() {
    TimeZone.setDefault(jvmZone);
    database.close();
  }

  @Test
  void givenForeignJvmAndSessionZones_whenTheSessionIsOpened_thenTheyAreInForce() {
    String sessionZone =
        database.jdbi().withHandle(h -> h.select(sessionZoneQuery()).mapTo(String.class).one());

    assertThat(sessionZone).contains("9");
    assertThat(TimeZone.getDefault().getID()).isEqualTo("America/New_York");
  }

  @Test
  void givenInstantInTheJvmZonesDstGap_whenStoredAndRead_thenItIsExactAndStoredAsUtc() {
    Dataset dataset = dataset("utc.check", "candles", BTC, "mongodb");
    JdbiDatasetRepository repository = new JdbiDatasetRepository(database.jdbi());
    repository.upsert(dataset);

    repository.updateCoverage("utc.check", IN_DST_GAP, IN_DST_GAP.plusMillis(1), 2, IN_DST_GAP);

    Dataset stored = repository.findById("utc.check").orElseThrow();
    assertThat(stored.firstTimestamp()).isEqualTo(IN_DST_GAP);
    assertThat(stored.lastTimestamp()).isEqualTo(Instant.parse("2024-03-10T02:30:00.124Z"));
    String columnText =
        database
            .jdbi()
            .withHandle(
                h ->
                    h.select("SELECT first_timestamp FROM datasets WHERE dataset_id = 'utc.check'")
                        .mapTo(String.class)
                        .one());
    assertThat(columnText).startsWith("2024-03-10 02:30:00.123");
  }

  @Test
  void givenMetricsOneMillisecondApart_whenQueriedByRange_thenBoundsHoldToTheMillisecond() {
    JdbiHealthMetricRepository repository = new JdbiHealthMetricRepository(database.jdbi());
    repository.append(health("ms.check", IN_DST_GAP, 1));
    repository.append(health("ms.check", IN_DST_GAP.plusMillis(1), 2));

    assertThat(repository.history("ms.check", TimeRange.of(IN_DST_GAP, IN_DST_GAP.plusMillis(1))))
        .map(HealthMetric::qualityScore)
        .containsExactly(1.0);
    assertThat(repository.purgeOlderThan(IN_DST_GAP.plusMillis(1))).isEqualTo(1);
    assertThat(repository.latest("ms.check"))
        .map(HealthMetric::timestamp)
        .contains(IN_DST_GAP.plusMillis(1));
  }
}
