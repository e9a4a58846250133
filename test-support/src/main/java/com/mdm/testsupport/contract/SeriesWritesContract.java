package com.mdm.testsupport.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.port.out.WriteResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every series repository does with writes: a record stored twice is one record, and in an
 * updatable series a later version of a record replaces the earlier. Part of {@link
 * SeriesRepositoryContract}, which implementations extend.
 */
public abstract class SeriesWritesContract<T extends MarketEvent> extends SeriesContract<T> {

  @Test
  void givenNewRecords_whenSaved_thenAllAreWrittenAndReadBackEqual() throws Exception {
    List<T> records = records(0, 4);

    assertThat(save(records)).isEqualTo(new WriteResult(4, 0));
    assertThat(all()).containsExactlyElementsOf(records);
  }

  @Test
  void givenStoredBatch_whenSavedAgain_thenNothingIsWrittenAndAllAreDuplicates() throws Exception {
    List<T> records = records(0, 3);
    save(records);

    assertThat(save(records)).isEqualTo(new WriteResult(0, 3));
    assertThat(repository.count(key(symbol), TimeRange.all())).isEqualTo(3);
    assertThat(all()).containsExactlyElementsOf(records);
  }

  @Test
  void givenSomeStored_whenBatchMixesStoredAndNew_thenEveryNewOneIsStored() throws Exception {
    save(records(0, 2));
    List<T> mixed = new ArrayList<>();
    mixed.add(record(symbol, 4));
    mixed.addAll(records(0, 2));
    mixed.add(record(symbol, 2));
    mixed.add(record(symbol, 3));

    assertThat(save(mixed)).isEqualTo(new WriteResult(3, 2));
    assertThat(all()).containsExactlyElementsOf(records(0, 5));
  }

  @Test
  void givenTheSameRecordTwiceInOneBatch_whenSaved_thenItIsStoredOnce() throws Exception {
    T record = record(symbol, 1);

    assertThat(save(List.of(record, record))).isEqualTo(new WriteResult(1, 1));
    assertThat(all()).containsExactly(record);
  }

  @Test
  void givenEmptyBatch_whenSaved_thenNothingHappens() throws Exception {
    assertThat(save(List.of())).isEqualTo(WriteResult.empty());
  }

  @Test
  void givenTwoSymbolsInOneBatch_whenSaved_thenEachSeriesHoldsOnlyItsOwn() throws Exception {
    Symbol other = SeriesSamples.freshSymbol();
    T mine = record(symbol, 1);
    T theirs = record(other, 2);

    assertThat(save(List.of(mine, theirs))).isEqualTo(new WriteResult(2, 0));
    assertThat(repository.latest(key(symbol), 10)).containsExactly(mine);
    assertThat(repository.latest(key(other), 10)).containsExactly(theirs);
  }

  @Test
  void givenAVersionStored_whenALaterVersionArrives_thenItReplacesTheStoredOne() throws Exception {
    int count = versions(symbol).size();
    for (int earlier = 0; earlier < count; earlier++) {
      for (int later = earlier + 1; later < count; later++) {
        symbol = SeriesSamples.freshSymbol();
        save(List.of(versions(symbol).get(earlier)));

        assertThat(save(List.of(versions(symbol).get(later)))).isEqualTo(new WriteResult(1, 0));
        assertThat(all()).containsExactly(versions(symbol).get(later));
      }
    }
  }

  @Test
  void givenAVersionStored_whenAnEarlierOrTheSameArrives_thenItIsADuplicateAndTheStoredOneStays()
      throws Exception {
    int count = versions(symbol).size();
    for (int stored = 0; stored < count; stored++) {
      symbol = SeriesSamples.freshSymbol();
      List<T> versions = versions(symbol);
      save(List.of(versions.get(stored)));

      for (T earlierOrSame : versions.subList(0, stored + 1)) {
        assertThat(save(List.of(earlierOrSame))).isEqualTo(new WriteResult(0, 1));
      }
      assertThat(all()).containsExactly(versions.get(stored));
    }
  }

  @Test
  void givenSeveralVersionsInOneBatch_whenSaved_thenOnlyTheLatestIsWritten() throws Exception {
    List<T> versions = versions(symbol);
    List<T> shuffled = new ArrayList<>(versions.reversed());
    shuffled.add(shuffled.removeFirst());

    assertThat(save(shuffled)).isEqualTo(new WriteResult(1, versions.size() - 1L));
    assertThat(all()).containsExactly(versions.getLast());
  }

  /**
   * The versions of one record of {@code symbol}; the test is skipped where records never change.
   */
  private List<T> versions(Symbol symbol) {
    List<T> versions = sample().versions().apply(symbol);
    assumeThat(versions).as("versions of one %s record", sample().type()).isNotEmpty();
    return versions;
  }
}
