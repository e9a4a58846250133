package com.mdm.adapter.in.file;

import com.mdm.domain.market.MarketEvent;
import java.util.ArrayList;
import java.util.List;

/** Running counts of one import run, kept by the reading thread only. */
final class ImportCounts {

  long lines;
  long blank;
  long events;
  long filtered;

  /** The events the settings' symbol and type filters let through; the rest are counted. */
  List<MarketEvent> keep(List<MarketEvent> decoded, ImportSettings settings) {
    List<MarketEvent> kept = new ArrayList<>(decoded.size());
    for (MarketEvent event : decoded) {
      boolean wanted =
          (settings.symbols().isEmpty() || settings.symbols().contains(event.symbol()))
              && (settings.types().isEmpty()
                  || settings.types().contains(event.seriesKey().type()));
      if (wanted) {
        kept.add(event);
      } else {
        filtered++;
      }
    }
    events += kept.size();
    return kept;
  }
}
