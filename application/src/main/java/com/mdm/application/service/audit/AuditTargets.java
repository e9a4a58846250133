package com.mdm.application.service.audit;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.Dataset;
import com.mdm.domain.metadata.DatasetFilter;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.out.DatasetRepository;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The series one audit cycle covers: every configured type of every supported pair (candles once
 * per configured timeframe), then every other series the catalog lists. A catalog that cannot be
 * read leaves the supported pairs.
 */
final class AuditTargets {

  private static final System.Logger LOG = System.getLogger(AuditTargets.class.getName());
  private static final int PAGE = PageRequest.MAX_LIMIT;

  private final AuditSettings settings;
  private final DatasetRepository datasets;

  AuditTargets(AuditSettings settings, DatasetRepository datasets) {
    this.settings = settings;
    this.datasets = datasets;
  }

  List<SeriesKey> list() {
    Set<SeriesKey> keys = new LinkedHashSet<>();
    for (Symbol pair : settings.supportedPairs()) {
      for (SeriesType type : SeriesType.values()) {
        if (!settings.pairSeriesTypes().contains(type)) {
          continue;
        }
        if (type.hasTimeframe()) {
          settings
              .timeframes()
              .forEach(timeframe -> keys.add(new SeriesKey(type, pair, timeframe)));
        } else {
          keys.add(SeriesKey.of(type, pair));
        }
      }
    }
    try {
      for (int offset = 0; ; offset += PAGE) {
        List<Dataset> page = datasets.list(DatasetFilter.none(), new PageRequest(offset, PAGE));
        page.forEach(dataset -> seriesOf(dataset).ifPresent(keys::add));
        if (page.size() < PAGE) {
          break;
        }
      }
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "cannot read the dataset catalog; auditing the supported pairs only", e);
    }
    return new ArrayList<>(keys);
  }

  /** The stored series a catalog entry describes, when its id is one the ingest writes. */
  static Optional<SeriesKey> seriesOf(Dataset dataset) {
    Symbol symbol = dataset.symbol();
    if (symbol == null) {
      return Optional.empty();
    }
    for (SeriesType type : SeriesType.values()) {
      Timeframe timeframe = type.hasTimeframe() ? dataset.timeframe() : null;
      if (type.hasTimeframe() && timeframe == null) {
        continue;
      }
      SeriesKey key = new SeriesKey(type, symbol, timeframe);
      if (key.datasetId().equals(dataset.datasetId())) {
        return Optional.of(key);
      }
    }
    return Optional.empty();
  }
}
