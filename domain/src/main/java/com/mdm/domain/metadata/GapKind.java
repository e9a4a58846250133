package com.mdm.domain.metadata;

/** How a gap was recognised, which depends on what the series promises about its records. */
public enum GapKind {
  /** Candle open times missing from the timeframe's grid. */
  CANDLE_GRID,
  /** Aggregate trade or trade ids missing from their consecutive sequence. */
  TRADE_IDS,
  /** Diff depth events whose {@code pu} is not the {@code u} of the event before. */
  DEPTH_SEQUENCE,
  /** A series with a fixed cadence (mark price, funding) silent longer than cadence + tolerance. */
  CADENCE
}
