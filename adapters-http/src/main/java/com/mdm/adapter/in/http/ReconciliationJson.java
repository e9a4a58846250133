package com.mdm.adapter.in.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mdm.domain.metadata.CandleFigures;
import com.mdm.domain.metadata.ReconciliationFinding;
import com.mdm.domain.metadata.ReconciliationSource;

/** JSON of a reconciliation finding: both figures under their source, decimals exact. */
final class ReconciliationJson {

  private ReconciliationJson() {}

  static ObjectNode finding(ReconciliationFinding f) {
    ObjectNode json = Json.object();
    json.put("id", f.findingId());
    json.put("dataset", f.datasetId());
    json.put("pair", f.symbol().value());
    json.put("openTime", Json.time(f.openTime()));
    json.set("differing", Json.MAPPER.valueToTree(f.differing()));
    json.set("stored", figures(f.storedSource(), f.stored()));
    json.set("other", figures(f.otherSource(), f.other()));
    json.put("corrected", f.corrected());
    json.put("foundAt", Json.time(f.foundAt()));
    return json;
  }

  private static ObjectNode figures(ReconciliationSource source, CandleFigures f) {
    ObjectNode json = Json.object();
    json.put("source", CoverageJson.lower(source));
    json.put("open", Json.decimal(f.open()));
    json.put("high", Json.decimal(f.high()));
    json.put("low", Json.decimal(f.low()));
    json.put("close", Json.decimal(f.close()));
    json.put("volume", Json.decimal(f.volume()));
    json.put("quoteVolume", Json.decimal(f.quoteVolume()));
    json.put("tradeCount", f.tradeCount());
    return json;
  }
}
