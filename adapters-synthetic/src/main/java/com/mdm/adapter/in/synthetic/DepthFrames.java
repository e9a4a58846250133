package com.mdm.adapter.in.synthetic;

import static com.mdm.adapter.in.synthetic.SyntheticEventType.DEPTH_DIFF;
import static com.mdm.adapter.in.synthetic.SyntheticEventType.DEPTH_PARTIAL;

import com.fasterxml.jackson.core.JsonGenerator;
import com.mdm.domain.market.Symbol;
import java.io.IOException;
import java.util.List;

/**
 * Writes one symbol's depth events in the futures {@code depthUpdate} form. Diff depth goes in the
 * producer's envelope, where the decoder takes every depthUpdate as a diff (the producer names them
 * all {@code @depth20@100ms}). Partial depth goes as a Binance combined-stream frame on {@code
 * <symbol>@depth20@500ms}, the only form in which the decoder can tell it is partial.
 */
final class DepthFrames {

  /** Levels a side in a partial depth snapshot. */
  static final int PARTIAL_LEVELS = 20;

  private final SymbolSpec spec;
  private final Symbol symbol;
  private final FrameWriter writer;

  DepthFrames(SymbolSpec spec, FrameWriter writer) {
    this.spec = spec;
    this.symbol = spec.symbol();
    this.writer = writer;
  }

  SyntheticFrame diff(long time, DepthDiff diff) {
    return writer.envelope(
        DEPTH_DIFF, symbol, time, json -> write(json, time, diff, diff.bids(), diff.asks()));
  }

  /** The top of the book now, carrying the ids of the last diff, as Binance's snapshots do. */
  SyntheticFrame partial(long time, OrderBook book) {
    DepthDiff last = book.lastDiff();
    List<long[]> bids = book.topBids(PARTIAL_LEVELS);
    List<long[]> asks = book.topAsks(PARTIAL_LEVELS);
    return writer.combined(
        DEPTH_PARTIAL,
        symbol,
        ProducerStreams.binanceStream(symbol, "depth" + PARTIAL_LEVELS + "@500ms"),
        time,
        json -> write(json, time, last, bids, asks));
  }

  private void write(
      JsonGenerator json, long time, DepthDiff ids, List<long[]> bids, List<long[]> asks)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("e", DEPTH_DIFF.binanceName());
    json.writeNumberField("E", time);
    json.writeNumberField("T", time - 3);
    json.writeStringField("s", symbol.value());
    json.writeNumberField("U", ids.firstUpdateId());
    json.writeNumberField("u", ids.finalUpdateId());
    json.writeNumberField("pu", ids.previousFinalUpdateId());
    levels(json, "b", bids);
    levels(json, "a", asks);
    json.writeEndObject();
  }

  private void levels(JsonGenerator json, String field, List<long[]> levels) throws IOException {
    json.writeArrayFieldStart(field);
    for (long[] level : levels) {
      json.writeStartArray();
      json.writeString(spec.priceText(level[0]));
      json.writeString(spec.quantityText(level[1]));
      json.writeEndArray();
    }
    json.writeEndArray();
  }
}
