package com.mdm.adapter.in.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mdm.domain.metadata.DatasetFilter;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.in.DatasetDetails;
import com.mdm.domain.port.in.QueryCatalogUseCase;
import com.mdm.domain.port.in.QueryCoverageUseCase;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** {@code /catalog/...}: datasets with coverage and health, and their lineage. */
final class CatalogRoutes {

  private final QueryCatalogUseCase catalog;
  private final QueryCoverageUseCase coverage;
  private final QueryDeadline deadline;

  CatalogRoutes(
      QueryCatalogUseCase catalog, QueryCoverageUseCase coverage, QueryDeadline deadline) {
    this.catalog = catalog;
    this.coverage = coverage;
    this.deadline = deadline;
  }

  List<Route> routes() {
    return List.of(
        Route.get(
            "/catalog/datasets",
            "listDatasets",
            "catalog",
            "Catalog datasets, ordered by id",
            List.of(
                Param.query("category", "e.g. market"),
                Param.query("pair", "Symbol, e.g. BTCUSDT"),
                Param.query("storageType", "e.g. mongodb"),
                Pages.LIMIT,
                Pages.OFFSET),
            Map.of(200, "One page of datasets, with nextOffset"),
            this::list),
        Route.get(
            "/catalog/datasets/{id}",
            "getDataset",
            "catalog",
            "One dataset with its coverage (as last measured), its latest health and how many of its"
                + " hours are certified in each state",
            List.of(Param.path("id", "Dataset id, e.g. candles_BTCUSDT_1m")),
            Map.of(200, "The dataset", 404, "No dataset with this id"),
            this::get),
        Route.get(
            "/catalog/lineage/{id}",
            "getLineage",
            "catalog",
            "Where the records of a dataset came from, newest first",
            List.of(Param.path("id", "Dataset id"), Pages.LIMIT, Pages.OFFSET),
            Map.of(200, "One page of lineage records", 404, "Neither in the catalog nor traced"),
            this::lineage));
  }

  private void list(Context ctx) {
    DatasetFilter filter =
        new DatasetFilter(
            Params.text(ctx, "category"),
            Params.pair(ctx, "pair"),
            Params.text(ctx, "storageType"));
    PageRequest page = Params.page(ctx);
    var datasets = deadline.call(() -> catalog.datasets(filter, page));
    Json.write(ctx, 200, Pages.of("datasets", datasets, MetadataJson::dataset, page));
  }

  private void get(Context ctx) {
    String id = ctx.pathParam("id");
    DatasetDetails details =
        deadline
            .call(() -> catalog.dataset(id))
            .orElseThrow(() -> ProblemException.notFound("no dataset " + id + " in the catalog"));
    ObjectNode body = MetadataJson.dataset(details.dataset());
    body.set("health", MetadataJson.healthMetric(details.latestHealth()));
    body.set("certificates", CoverageJson.summary(deadline.call(() -> coverage.summary(id))));
    Json.write(ctx, 200, body);
  }

  private void lineage(Context ctx) {
    String id = ctx.pathParam("id");
    PageRequest page = Params.page(ctx);
    var records =
        deadline
            .call(() -> catalog.lineage(id, page))
            .orElseThrow(
                () -> ProblemException.notFound("no dataset " + id + " in the catalog or lineage"));
    ObjectNode body = Pages.of("lineage", records, MetadataJson::lineage, page);
    Json.write(ctx, 200, Json.object().put("dataset", id).setAll(body));
  }
}
