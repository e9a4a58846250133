package com.mdm.domain.metadata;

import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import java.util.Objects;

/**
 * The lineage parameters of one finished backfill job.
 *
 * @param endpoint the exchange endpoint paged through; null when the exchange names none
 * @param timeframe null for series without one
 * @param pages how many pages the job fetched, over all its runs
 * @param gapId the repaired gap's id; null for requested jobs
 */
public record BackfillParameters(
    String jobId,
    String endpoint,
    Symbol symbol,
    BackfillDataType dataType,
    Timeframe timeframe,
    long pages,
    int attempts,
    String gapId)
    implements LineageParameters {

  /** The transformation of the lineage records these parameters belong to. */
  public static final String TRANSFORMATION = "backfill";

  public BackfillParameters {
    Objects.requireNonNull(jobId, "jobId must not be null");
    Objects.requireNonNull(symbol, "symbol must not be null");
    Objects.requireNonNull(dataType, "dataType must not be null");
    if (pages < 0 || attempts < 0) {
      throw new IllegalArgumentException(
          "pages and attempts must be >= 0 but were " + pages + " and " + attempts);
    }
  }

  @Override
  public String transformation() {
    return TRANSFORMATION;
  }
}
