package com.mdm.testsupport.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.Symbol;
import com.mdm.domain.metadata.CandleFigures;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.metadata.ReconciliationFinding;
import com.mdm.domain.metadata.ReconciliationSource;
import com.mdm.domain.port.out.ReconciliationLog;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ReconciliationLog} must do: keep both figures of a finding exactly (decimals
 * with their scale), number findings, list them by dataset and minute range, newest minute first,
 * one page at a time. One subclass per implementation and database.
 */
public abstract class ReconciliationLogContract extends RepositoryContract<ReconciliationLog> {

  private static final String CANDLES = "candles_BTCUSDT_1m";
  private static final Instant T0 = Instant.parse("2024-03-10T02:00:00Z");

  private static Instant minute(int n) {
    return T0.plusSeconds(60L * n);
  }

  private static CandleFigures figures(String close, long trades) {
    return new CandleFigures(
        new BigDecimal("64000.10"),
        new BigDecimal("64010.00"),
        new BigDecimal("63990.5"),
        new BigDecimal(close),
        new BigDecimal("12.345"),
        new BigDecimal("790123.4500"),
        trades);
  }

  private static ReconciliationFinding finding(
      String dataset, int minute, ReconciliationSource other) {
    return new ReconciliationFinding(
        null,
        dataset,
        Symbol.of("BTCUSDT"),
        minute(minute),
        ReconciliationSource.STORED_CANDLE,
        figures("64001.00", 10),
        other,
        figures("64000.90", 11),
        List.of("close", "tradeCount"),
        other == ReconciliationSource.BINANCE_REST,
        minute(minute + 5));
  }

  @Test
  void givenAFinding_whenAppendedAndListed_thenItComesBackExactlyWithAnId() {
    ReconciliationFinding stored =
        repository.append(finding(CANDLES, 3, ReconciliationSource.AGG_TRADES));

    assertThat(stored.findingId()).isNotNull();
    List<ReconciliationFinding> listed = repository.list(null, null, null, PageRequest.first(10));
    assertThat(listed).containsExactly(stored);
    assertThat(listed.getFirst().stored().close().toPlainString()).isEqualTo("64001.00");
    assertThat(listed.getFirst().other().quoteVolume().toPlainString()).isEqualTo("790123.4500");
  }

  @Test
  void givenFindingsOfTwoDatasets_whenListedByDatasetAndRange_thenNewestMinuteComesFirst() {
    ReconciliationFinding early =
        repository.append(finding(CANDLES, 1, ReconciliationSource.AGG_TRADES));
    ReconciliationFinding late =
        repository.append(finding(CANDLES, 7, ReconciliationSource.BINANCE_REST));
    ReconciliationFinding middle =
        repository.append(finding(CANDLES, 4, ReconciliationSource.AGG_TRADES));
    repository.append(finding("candles_ETHUSDT_1m", 4, ReconciliationSource.AGG_TRADES));

    assertThat(repository.list(CANDLES, null, null, PageRequest.first(10)))
        .containsExactly(late, middle, early);
    assertThat(repository.list(CANDLES, minute(1), minute(7), PageRequest.first(10)))
        .containsExactly(middle, early);
    assertThat(repository.list(CANDLES, null, null, new PageRequest(1, 1))).containsExactly(middle);
  }
}
