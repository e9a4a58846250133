package com.mdm.testsupport.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.RecordOrigin;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.port.out.WriteResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every series repository does with writes: a record stored twice is one record; in an
 * updatable series a later version of a record replaces the earlier, in an insert-only series the
 * first one stored stays (a redelivered copy, received later, never replaces it). Part of {@link
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
  void givenRecordsWithOrigins_whenSaved_thenEachOriginComesBackBesideItsRecord() throws Exception {
    List<T> records = records(0, 3);
    List<RecordOrigin> origins =
        List.of(
            RecordOrigin.live("binance.futures.websocket.data", 41),
            RecordOrigin.backfill("job-9"),
            RecordOrigin.imported("capture.jsonl.gz", 7));

    assertThat(repository.saveAll(records, origins).get()).isEqualTo(new WriteResult(3, 0));

    assertThat(all()).containsExactlyElementsOf(records);
    assertThat(repository.originsOf(key(symbol), all())).containsExactlyElementsOf(origins);
  }

  @Test
  void givenRecordsStoredWithoutOrigin_whenTheirOriginsAreAsked_thenEachIsUnknown()
      throws Exception {
    save(records(0, 2));

    assertThat(repository.originsOf(key(symbol), all())).containsExactly(null, null);
  }

  @Test
  void givenAVersionStoredWithItsOrigin_whenAnotherArrives_thenTheKeptOnesOriginComesBack()
      throws Exception {
    List<T> versions = versions(symbol);
    RecordOrigin live = RecordOrigin.live("binance.futures.websocket.data", 17);
    RecordOrigin backfill = RecordOrigin.backfill("job-1");
    repository.saveAll(List.of(versions.getFirst()), List.of(live)).get();
    assertThat(repository.originsOf(key(symbol), all())).containsExactly(live);

    repository.saveAll(List.of(versions.getLast()), List.of(backfill)).get();
    repository
        .saveAll(List.of(versions.getFirst()), List.of(RecordOrigin.live("binance.futures", 18)))
        .get();

    assertThat(all()).containsExactly(sample().kept(versions));
    assertThat(repository.originsOf(key(symbol), all()))
        .containsExactly(sample().updatable() ? backfill : live);
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
  void givenAVersionStored_whenALaterArrives_thenAnUpdatableSeriesTakesItAndAnInsertOnlyOneNot()
      throws Exception {
    int count = versions(symbol).size();
    for (int earlier = 0; earlier < count; earlier++) {
      for (int later = earlier + 1; later < count; later++) {
        symbol = SeriesSamples.freshSymbol();
        List<T> versions = versions(symbol);
        save(List.of(versions.get(earlier)));

        if (sample().updatable()) {
          assertThat(save(List.of(versions.get(later)))).isEqualTo(new WriteResult(1, 0));
          assertThat(all()).containsExactly(versions.get(later));
        } else {
          assertThat(save(List.of(versions.get(later)))).isEqualTo(new WriteResult(0, 1));
          assertThat(all()).containsExactly(versions.get(earlier));
        }
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
  void givenSeveralVersionsInOneBatch_whenSaved_thenOnlyTheKeptOneIsWritten() throws Exception {
    List<T> versions = versions(symbol);
    List<T> shuffled = new ArrayList<>(versions.reversed());
    shuffled.add(shuffled.removeFirst());

    assertThat(save(shuffled)).isEqualTo(new WriteResult(1, versions.size() - 1L));
    // of an insert-only record received twice in one batch, the first in the batch is kept
    assertThat(all()).containsExactly(sample().updatable() ? versions.getLast() : shuffled.get(0));
  }

  @Test
  void givenAStoredRecord_whenCorrected_thenAnUpdatableSeriesHoldsTheCorrectionAndItsOrigin()
      throws Exception {
    List<T> versions = versions(symbol);
    T stored = sample().kept(versions);
    T correction = versions.getFirst().equals(stored) ? versions.getLast() : versions.getFirst();
    save(List.of(stored));
    RecordOrigin origin = RecordOrigin.correction("binance_rest");

    if (!sample().updatable()) {
      assertThatThrownBy(() -> repository.correct(List.of(correction), List.of(origin)).get())
          .hasCauseInstanceOf(UnsupportedOperationException.class);
      assertThat(all()).containsExactly(stored);
      return;
    }
    // the correction would lose to the stored version by the ordinary rule, and wins anyway
    assertThat(save(List.of(correction))).isEqualTo(new WriteResult(0, 1));
    assertThat(repository.correct(List.of(correction), List.of(origin)).get()).isEqualTo(1);
    assertThat(all()).containsExactly(correction);
    assertThat(repository.originsOf(key(symbol), all())).containsExactly(origin);

    Symbol other = SeriesSamples.freshSymbol();
    T nothingStored = sample().versions().apply(other).getFirst();
    assertThat(repository.correct(List.of(nothingStored), List.of(origin)).get()).isZero();
    assertThat(repository.latest(key(other), 10)).isEmpty();
  }

  /** The versions of one record of {@code symbol}, at least two. */
  private List<T> versions(Symbol symbol) {
    List<T> versions = sample().versions().apply(symbol);
    assertThat(versions).as("versions of one %s record", sample().type()).hasSizeGreaterThan(1);
    return versions;
  }
}
