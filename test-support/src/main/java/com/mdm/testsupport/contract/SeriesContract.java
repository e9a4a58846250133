package com.mdm.testsupport.contract;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.port.out.SeriesRepository;
import com.mdm.domain.port.out.SeriesStore;
import com.mdm.domain.port.out.WriteResult;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * The life and helpers of {@link SeriesRepositoryContract}: the store asked for once per class, and
 * a symbol of its own for each test, so that a store may keep what earlier tests wrote.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SeriesContract<T extends MarketEvent> {

  private Subject<SeriesStore> subject;

  /** The repository of {@link #sample()}'s type in the store under test. */
  protected SeriesRepository<T> repository;

  /** The symbol of this test, used by no other. */
  protected Symbol symbol;

  /** The records of the series type under test. */
  protected abstract SeriesSample<T> sample();

  /** The store to prove; {@link Subject#empty()} may return the same store every time. */
  protected abstract Subject<SeriesStore> subject();

  @BeforeAll
  void openStore() {
    subject = subject();
  }

  @BeforeEach
  void pickSymbol() {
    repository = subject.empty().repository(sample().type(), sample().recordType());
    symbol = SeriesSamples.freshSymbol();
  }

  @AfterAll
  void closeStore() {
    subject.close();
  }

  protected SeriesKey key(Symbol symbol) {
    return sample().key(symbol);
  }

  protected T record(Symbol symbol, int n) {
    return sample().record(symbol, n);
  }

  protected List<T> records(int fromInclusive, int toExclusive) {
    return IntStream.range(fromInclusive, toExclusive).mapToObj(n -> record(symbol, n)).toList();
  }

  protected WriteResult save(List<T> records) throws Exception {
    return repository.saveAll(records).get(30, TimeUnit.SECONDS);
  }

  /** Everything stored in the series of {@code symbol}, oldest first. */
  protected List<T> all(Symbol symbol) {
    return repository.range(key(symbol), TimeRange.all(), 1000, SortOrder.ASCENDING);
  }

  protected List<T> all() {
    return all(symbol);
  }
}
