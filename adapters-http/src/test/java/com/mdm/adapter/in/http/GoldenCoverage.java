package com.mdm.adapter.in.http;

import com.mdm.application.service.audit.QueryCoverageService;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.metadata.CandleFigures;
import com.mdm.domain.metadata.CertificateState;
import com.mdm.domain.metadata.CompletenessCertificate;
import com.mdm.domain.metadata.MissingRange;
import com.mdm.domain.metadata.ReconciliationFinding;
import com.mdm.domain.metadata.ReconciliationSource;
import com.mdm.domain.port.in.QueryCoverageUseCase;
import com.mdm.testsupport.fake.InMemoryCertificateRepository;
import com.mdm.testsupport.fake.InMemoryReconciliationLog;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Fixed certificates and findings for the golden answers, served by the real coverage service: the
 * first hour of 2024-05-01 of {@code candles_BTCUSDT_1m} incomplete then repaired, the second
 * reconciled, the third not certified; one finding against the aggregate trades.
 */
final class GoldenCoverage {

  static final String DATASET = "candles_BTCUSDT_1m";
  private static final Instant T0 = GoldenRecords.T0;

  private GoldenCoverage() {}

  static QueryCoverageUseCase create() {
    InMemoryCertificateRepository certificates = new InMemoryCertificateRepository();
    MissingRange twoMinutes = MissingRange.ofTimes(T0.plusSeconds(600), T0.plusSeconds(720), 2);
    certificates.append(
        certificate(T0, 1, 58, List.of(twoMinutes), "1", CertificateState.INCOMPLETE, 3700));
    certificates.append(certificate(T0, 2, 60, List.of(), "2", CertificateState.REPAIRED, 7300));
    Instant second = T0.plusSeconds(3600);
    certificates.append(
        certificate(second, 1, 60, List.of(), "3", CertificateState.RECONCILED, 7400));
    InMemoryReconciliationLog findings = new InMemoryReconciliationLog();
    findings.append(
        new ReconciliationFinding(
            null,
            DATASET,
            Symbol.of("BTCUSDT"),
            T0.plusSeconds(1800),
            ReconciliationSource.STORED_CANDLE,
            figures("64010.50", 41),
            ReconciliationSource.AGG_TRADES,
            figures("64009.90", 42),
            List.of("close", "tradeCount"),
            false,
            T0.plusSeconds(7500)));
    return new QueryCoverageService(certificates, findings);
  }

  private static CompletenessCertificate certificate(
      Instant hour,
      int version,
      long present,
      List<MissingRange> missing,
      String hashDigit,
      CertificateState state,
      long computedAfter) {
    return new CompletenessCertificate(
        DATASET,
        hour,
        version,
        60L,
        present,
        missing,
        hashDigit.repeat(64),
        state,
        T0.plusSeconds(computedAfter));
  }

  private static CandleFigures figures(String close, long trades) {
    return new CandleFigures(
        new BigDecimal("64000.00"),
        new BigDecimal("64020.10"),
        new BigDecimal("63990.00"),
        new BigDecimal(close),
        new BigDecimal("12.500"),
        new BigDecimal("800125.50"),
        trades);
  }
}
