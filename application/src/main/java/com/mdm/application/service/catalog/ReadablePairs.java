package com.mdm.application.service.catalog;

import com.mdm.domain.market.Symbol;
import com.mdm.domain.metadata.DatasetFilter;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.in.NoDataStoredException;
import com.mdm.domain.port.out.DatasetRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides which pairs the queries serve: every supported pair (an empty page until its data
 * arrives), and every other pair the dataset catalog lists a dataset of; any other pair has no data
 * stored.
 */
public final class ReadablePairs {

  /**
   * How long a pair found in the catalog is remembered. A pair not found is looked up again on
   * every request, so one whose first series was just registered is readable at once.
   */
  public static final Duration REMEMBER_FOUND = Duration.ofMinutes(1);

  private static final PageRequest ONE = PageRequest.first(1);

  private final DatasetRepository datasets;
  private final Set<Symbol> supported;
  private final boolean everySymbol;
  private final Clock clock;
  private final Map<Symbol, Instant> foundUntil = new ConcurrentHashMap<>();

  /**
   * @param supported pairs always served, with or without data ({@code SUPPORTED_PAIRS})
   * @param everySymbol serve every valid symbol, an empty page where nothing is stored (the
   *     deprecated {@code API_ANY_PAIR=true})
   */
  public ReadablePairs(
      DatasetRepository datasets, Set<Symbol> supported, boolean everySymbol, Clock clock) {
    this.datasets = Objects.requireNonNull(datasets, "datasets must not be null");
    this.supported = Set.copyOf(Objects.requireNonNull(supported, "supported must not be null"));
    this.everySymbol = everySymbol;
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
  }

  /**
   * Returns when the pair may be read.
   *
   * @throws NoDataStoredException when it is not supported and the catalog lists nothing of it
   */
  public void require(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol must not be null");
    if (everySymbol || supported.contains(symbol)) {
      return;
    }
    Instant now = clock.instant();
    Instant until = foundUntil.get(symbol);
    if (until != null && now.isBefore(until)) {
      return;
    }
    if (datasets.list(new DatasetFilter(null, symbol, null), ONE).isEmpty()) {
      foundUntil.remove(symbol);
      throw new NoDataStoredException(symbol);
    }
    foundUntil.put(symbol, now.plus(REMEMBER_FOUND));
  }
}
