package com.mdm.testsupport.contract;

import static com.mdm.testsupport.contract.MetadataSamples.BTC;
import static com.mdm.testsupport.contract.MetadataSamples.ETH;
import static com.mdm.testsupport.contract.MetadataSamples.at;
import static com.mdm.testsupport.contract.MetadataSamples.audit;
import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.metadata.AuditLogEntry;
import com.mdm.domain.metadata.AuditLogQuery;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.metadata.Severity;
import com.mdm.domain.port.out.AuditLogRepository;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link AuditLogRepository} must do. */
public abstract class AuditLogRepositoryContract extends RepositoryContract<AuditLogRepository> {

  private static final PageRequest ALL = PageRequest.first(100);

  @Test
  void givenEntry_whenAppended_thenItComesBackWithAnIdAndIsListedUnchanged() {
    AuditLogEntry entry = audit("candles.btc", BTC, "gap", Severity.HIGH, at(0));

    AuditLogEntry stored = repository.append(entry);

    assertThat(stored.auditId()).isNotNull();
    assertThat(stored).usingRecursiveComparison().ignoringFields("auditId").isEqualTo(entry);
    assertThat(repository.list(AuditLogQuery.all(), ALL)).containsExactly(stored);
  }

  @Test
  void givenEntriesAppended_whenAppended_thenIdsIncrease() {
    long first = repository.append(audit("a", null, "gap", Severity.LOW, at(0))).auditId();
    long second = repository.append(audit("a", null, "gap", Severity.LOW, at(0))).auditId();

    assertThat(second).isGreaterThan(first);
  }

  @Test
  void givenEntriesAtSeveralTimes_whenListed_thenNewestComesFirst() {
    repository.append(audit("a", BTC, "gap", Severity.LOW, at(1)));
    repository.append(audit("a", BTC, "gap", Severity.LOW, at(3)));
    repository.append(audit("a", BTC, "gap", Severity.LOW, at(2)));

    assertThat(times(repository.list(AuditLogQuery.all(), ALL)))
        .containsExactly(at(3), at(2), at(1));
  }

  @Test
  void givenVariedEntries_whenListedWithOneFilterEach_thenOnlyMatchesAreReturned() {
    repository.append(audit("a", BTC, "gap", Severity.HIGH, at(1)));
    repository.append(audit("b", ETH, "gap", Severity.LOW, at(2)));
    repository.append(audit("a", null, "health_check", Severity.INFO, at(3)));
    repository.append(audit("b", BTC, "health_check", Severity.HIGH, at(4)));

    assertThat(sizeOf(new AuditLogQuery("a", null, null, null, null, null))).isEqualTo(2);
    assertThat(sizeOf(new AuditLogQuery(null, BTC, null, null, null, null))).isEqualTo(2);
    assertThat(sizeOf(new AuditLogQuery(null, null, "health_check", null, null, null)))
        .isEqualTo(2);
    assertThat(sizeOf(new AuditLogQuery(null, null, null, Severity.HIGH, null, null))).isEqualTo(2);
    assertThat(sizeOf(new AuditLogQuery("b", BTC, "health_check", Severity.HIGH, null, null)))
        .isEqualTo(1);
    assertThat(sizeOf(new AuditLogQuery(null, null, null, Severity.CRITICAL, null, null))).isZero();
  }

  @Test
  void givenEntriesAtSeveralTimes_whenListedFromTo_thenFromIsIncludedAndToIsNot() {
    for (int minute = 0; minute < 5; minute++) {
      repository.append(audit("a", BTC, "gap", Severity.LOW, at(minute)));
    }

    List<AuditLogEntry> window =
        repository.list(new AuditLogQuery(null, null, null, null, at(1), at(3)), ALL);

    assertThat(times(window)).containsExactly(at(2), at(1));
    assertThat(repository.list(new AuditLogQuery(null, null, null, null, at(3), null), ALL))
        .hasSize(2);
    assertThat(repository.list(new AuditLogQuery(null, null, null, null, null, at(3)), ALL))
        .hasSize(3);
  }

  @Test
  void givenMoreEntriesThanAPage_whenListedPageByPage_thenPagesContinueNewestFirst() {
    for (int minute = 0; minute < 5; minute++) {
      repository.append(audit("a", BTC, "gap", Severity.LOW, at(minute)));
    }

    assertThat(times(repository.list(AuditLogQuery.all(), new PageRequest(0, 2))))
        .containsExactly(at(4), at(3));
    assertThat(times(repository.list(AuditLogQuery.all(), new PageRequest(2, 2))))
        .containsExactly(at(2), at(1));
    assertThat(times(repository.list(AuditLogQuery.all(), new PageRequest(4, 2))))
        .containsExactly(at(0));
  }

  private int sizeOf(AuditLogQuery query) {
    return repository.list(query, ALL).size();
  }

  private static List<Instant> times(List<AuditLogEntry> entries) {
    return entries.stream().map(AuditLogEntry::timestamp).toList();
  }
}
