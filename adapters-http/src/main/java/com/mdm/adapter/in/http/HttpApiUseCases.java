package com.mdm.adapter.in.http;

import com.mdm.domain.port.in.ManageBackfillJobsUseCase;
import com.mdm.domain.port.in.QueryAuditUseCase;
import com.mdm.domain.port.in.QueryCatalogUseCase;
import com.mdm.domain.port.in.QueryCoverageUseCase;
import com.mdm.domain.port.in.QueryHealthUseCase;
import com.mdm.domain.port.in.QueryMarketDataUseCase;
import java.util.Objects;

/** The use cases the HTTP API calls; the handlers call nothing else. */
public record HttpApiUseCases(
    QueryHealthUseCase health,
    QueryMarketDataUseCase marketData,
    QueryCatalogUseCase catalog,
    QueryAuditUseCase audit,
    ManageBackfillJobsUseCase backfill,
    QueryCoverageUseCase coverage) {

  public HttpApiUseCases {
    Objects.requireNonNull(health, "health must not be null");
    Objects.requireNonNull(marketData, "marketData must not be null");
    Objects.requireNonNull(catalog, "catalog must not be null");
    Objects.requireNonNull(audit, "audit must not be null");
    Objects.requireNonNull(backfill, "backfill must not be null");
    Objects.requireNonNull(coverage, "coverage must not be null");
  }
}
