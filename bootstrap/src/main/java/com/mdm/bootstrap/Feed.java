package com.mdm.bootstrap;

import java.util.Locale;

/** Where market data comes from: NATS, the in-process synthetic market, or nowhere (API only). */
enum Feed {
  NATS,
  SYNTHETIC,
  NONE;

  /** The value as configured, e.g. {@code synthetic}. */
  String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
