package com.mdm.adapter.in.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.port.in.CandleBar;
import com.mdm.domain.port.in.CandlePage;
import com.mdm.domain.port.in.CandleQuery;
import com.mdm.domain.port.in.QueryCoverageUseCase;
import com.mdm.domain.port.in.RangeCoverage;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The coverage of the range a data answer served, and {@code requireComplete}: a bound the request
 * gave is the range's edge unless the page stopped short of it (a next page follows), where the
 * last record served is; without a bound the records served are the edge.
 */
final class ServedCoverage {

  static final Param REQUIRE_COMPLETE =
      Param.query(
              "requireComplete",
              "true answers 409 (problem+json, with the missing parts) instead of data whose range"
                  + " is not certified complete")
          .oneOf(List.of("true", "false"));

  private final QueryCoverageUseCase coverage;
  private final QueryDeadline deadline;

  ServedCoverage(QueryCoverageUseCase coverage, QueryDeadline deadline) {
    this.coverage = coverage;
    this.deadline = deadline;
  }

  /**
   * The coverage of a candle page, as {@link #of}, checked on the stored series the candles come
   * from; a rolled-up candle spans the whole period of its finer stored candles.
   */
  CoverageJson.Served ofCandles(
      Context ctx, Symbol pair, Timeframe period, CandleQuery query, CandlePage page) {
    List<Instant> times = new ArrayList<>();
    for (CandleBar bar : page.candles()) {
      Instant open = bar.candle().openTime();
      times.add(open);
      if (page.derived()) {
        times.add(period.nextOpen(open).minusMillis(1));
      }
    }
    Timeframe source = page.sourceTimeframe() == null ? period : page.sourceTimeframe();
    return of(
        ctx,
        SeriesKey.candles(pair, source),
        query.start(),
        query.end(),
        query.order(),
        times,
        page.nextCursor() != null);
  }

  /**
   * The coverage of what was served; when {@code requireComplete} is set and the range is not
   * complete, the 409 problem is written and null returned: the caller answers nothing more.
   */
  CoverageJson.Served of(
      Context ctx,
      SeriesKey key,
      Instant start,
      Instant end,
      SortOrder order,
      List<Instant> times,
      boolean more) {
    Instant first = times.stream().min(Instant::compareTo).orElse(null);
    Instant last = times.stream().max(Instant::compareTo).orElse(null);
    boolean ascending = order == SortOrder.ASCENDING;
    Instant from = start != null && (ascending || !more) ? start : first;
    Instant to =
        end != null && (!ascending || !more) ? end : last == null ? null : last.plusMillis(1);
    RangeCoverage range = deadline.call(() -> coverage.range(key, from, to));
    CoverageJson.Served served = CoverageJson.Served.of(range);
    if (!range.complete() && Params.flag(ctx, "requireComplete")) {
      ObjectNode extensions = Json.object();
      extensions.put("dataset", key.datasetId());
      extensions.set("missing", AnswerJson.MAPPER.valueToTree(served.missing()));
      Problems.write(
          ctx,
          409,
          "the range from "
              + from
              + " to "
              + to
              + " of "
              + key.datasetId()
              + " is not certified complete: "
              + served.missing().size()
              + " part(s) missing or uncertified",
          extensions);
      return null;
    }
    return served;
  }
}
