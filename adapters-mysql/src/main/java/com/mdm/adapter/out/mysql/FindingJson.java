package com.mdm.adapter.out.mysql;

import com.mdm.domain.market.Symbol;
import com.mdm.domain.metadata.CandleFigures;
import com.mdm.domain.metadata.ReconciliationFinding;
import com.mdm.domain.metadata.ReconciliationSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The JSON of a reconciliation finding in {@code audit_logs.details}: the minute, both figures
 * under their source (decimals as exact strings), the figures that differ, and whether the stored
 * candle was corrected.
 */
record FindingJson(
    String openTime, Figures stored, Figures other, List<String> differing, boolean corrected) {

  /** One source's figures. */
  record Figures(
      String source,
      String open,
      String high,
      String low,
      String close,
      String volume,
      String quoteVolume,
      long tradeCount) {

    static Figures of(ReconciliationSource source, CandleFigures f) {
      return new Figures(
          source.name().toLowerCase(Locale.ROOT),
          f.open().toPlainString(),
          f.high().toPlainString(),
          f.low().toPlainString(),
          f.close().toPlainString(),
          f.volume().toPlainString(),
          f.quoteVolume().toPlainString(),
          f.tradeCount());
    }

    ReconciliationSource origin() {
      return ReconciliationSource.valueOf(source.toUpperCase(Locale.ROOT));
    }

    CandleFigures figures() {
      return new CandleFigures(
          new BigDecimal(open),
          new BigDecimal(high),
          new BigDecimal(low),
          new BigDecimal(close),
          new BigDecimal(volume),
          new BigDecimal(quoteVolume),
          tradeCount);
    }
  }

  static String write(ReconciliationFinding f) {
    return JsonColumns.write(
        new FindingJson(
            f.openTime().toString(),
            Figures.of(f.storedSource(), f.stored()),
            Figures.of(f.otherSource(), f.other()),
            f.differing(),
            f.corrected()));
  }

  static ReconciliationFinding read(FindingRow row) {
    FindingJson json = JsonColumns.read(row.details(), FindingJson.class);
    return new ReconciliationFinding(
        row.auditId(),
        row.datasetId(),
        Symbol.of(row.symbol()),
        Instant.parse(json.openTime),
        json.stored.origin(),
        json.stored.figures(),
        json.other.origin(),
        json.other.figures(),
        json.differing,
        json.corrected,
        row.recordedAt());
  }
}
