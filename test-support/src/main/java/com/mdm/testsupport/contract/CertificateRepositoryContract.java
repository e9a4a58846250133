package com.mdm.testsupport.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mdm.domain.metadata.CertificateState;
import com.mdm.domain.metadata.CompletenessCertificate;
import com.mdm.domain.metadata.MissingRange;
import com.mdm.domain.port.out.CertificateRepository;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CertificateRepository} must do: keep every version of an hour with its expected
 * and present counts, missing ranges (ids and unknown counts included), hash and state exactly;
 * refuse a version stored twice; answer the newest version per hour in hour order, and count hours
 * per state by their newest versions. One subclass per implementation and database.
 */
public abstract class CertificateRepositoryContract
    extends RepositoryContract<CertificateRepository> {

  private static final String CANDLES = "candles_BTCUSDT_1m";
  private static final String DEPTH = "depth_BTCUSDT";
  private static final Instant H0 = Instant.parse("2024-03-10T02:00:00Z");
  private static final String HASH_A = "a".repeat(64);
  private static final String HASH_B = "0123456789abcdef".repeat(4);

  private static Instant hour(int n) {
    return H0.plusSeconds(3600L * n);
  }

  private static CompletenessCertificate certificate(
      String dataset,
      Instant hour,
      int version,
      CertificateState state,
      List<MissingRange> missing) {
    return new CompletenessCertificate(
        dataset,
        hour,
        version,
        dataset.equals(DEPTH) ? null : 60L,
        60 - missing.size(),
        missing,
        version == 1 ? HASH_A : HASH_B,
        state,
        hour.plusSeconds(3660 + version));
  }

  @Test
  void givenTwoVersionsOfAnHour_whenRead_thenTheNewestCountsAndBothAreKeptExactly() {
    MissingRange gap = MissingRange.ofTimes(hour(0).plusSeconds(600), hour(0).plusSeconds(720), 2);
    CompletenessCertificate first =
        certificate(CANDLES, hour(0), 1, CertificateState.INCOMPLETE, List.of(gap));
    CompletenessCertificate second =
        certificate(CANDLES, hour(0), 2, CertificateState.REPAIRED, List.of());
    repository.append(first);
    repository.append(second);

    assertThat(repository.latest(CANDLES, hour(0))).contains(second);
    assertThat(repository.versions(CANDLES, hour(0))).containsExactly(first, second);
    assertThat(repository.latest(CANDLES, hour(1))).isEmpty();
  }

  @Test
  void givenAVersionStoredTwice_whenAppended_thenItIsRefusedAndTheFirstKept() {
    CompletenessCertificate first =
        certificate(CANDLES, hour(0), 1, CertificateState.COMPLETE, List.of());
    repository.append(first);

    assertThatThrownBy(
            () ->
                repository.append(
                    certificate(CANDLES, hour(0), 1, CertificateState.INCOMPLETE, List.of())))
        .isInstanceOf(IllegalStateException.class);
    assertThat(repository.versions(CANDLES, hour(0))).containsExactly(first);
  }

  @Test
  void givenHoursOfTwoDatasets_whenARangeIsRead_thenTheNewestOfEachHourInItComeInHourOrder() {
    MissingRange ids = new MissingRange(hour(1), hour(1).plusMillis(5), 3L, 41L, 43L);
    MissingRange chain = new MissingRange(hour(1), hour(1).plusMillis(9), null, 100L, 180L);
    repository.append(certificate(CANDLES, hour(2), 1, CertificateState.COMPLETE, List.of()));
    repository.append(certificate(CANDLES, hour(1), 1, CertificateState.INCOMPLETE, List.of(ids)));
    repository.append(certificate(CANDLES, hour(1), 2, CertificateState.RECONCILED, List.of()));
    repository.append(certificate(CANDLES, hour(3), 1, CertificateState.COMPLETE, List.of()));
    CompletenessCertificate depth =
        certificate(DEPTH, hour(1), 1, CertificateState.INCOMPLETE, List.of(chain));
    repository.append(depth);

    assertThat(repository.latest(CANDLES, hour(1), hour(3)))
        .extracting(CompletenessCertificate::hourStart, CompletenessCertificate::version)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(hour(1), 2),
            org.assertj.core.groups.Tuple.tuple(hour(2), 1));
    assertThat(repository.latest(DEPTH, hour(0), hour(9))).containsExactly(depth);
    assertThat(repository.versions(CANDLES, hour(1)).getFirst().missing()).containsExactly(ids);
  }

  @Test
  void givenHoursInSeveralStates_whenCounted_thenEachHourCountsOnceByItsNewestVersion() {
    repository.append(certificate(CANDLES, hour(0), 1, CertificateState.INCOMPLETE, List.of()));
    repository.append(certificate(CANDLES, hour(0), 2, CertificateState.REPAIRED, List.of()));
    repository.append(certificate(CANDLES, hour(1), 1, CertificateState.COMPLETE, List.of()));
    repository.append(certificate(CANDLES, hour(2), 1, CertificateState.COMPLETE, List.of()));
    repository.append(certificate(DEPTH, hour(0), 1, CertificateState.INCOMPLETE, List.of()));

    assertThat(repository.stateCounts(CANDLES))
        .isEqualTo(Map.of(CertificateState.REPAIRED, 1L, CertificateState.COMPLETE, 2L));
    assertThat(repository.stateCounts("agg_trades_BTCUSDT")).isEmpty();
  }
}
