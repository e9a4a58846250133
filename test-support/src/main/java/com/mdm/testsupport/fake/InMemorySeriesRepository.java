package com.mdm.testsupport.fake;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.RecordOrigin;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.port.out.SeriesRepository;
import com.mdm.domain.port.out.WriteResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * One series type in memory, kept as MongoDB keeps it: a record's natural key is its series time to
 * the millisecond and its {@link MarketEvent#keyWithinTime()}, which also orders records of one
 * millisecond; range bounds round up to the next millisecond, as {@code SeriesCodec.ceilingMillis}
 * rounds them. Records keep the nanoseconds MongoDB would drop. Each record's origin is kept beside
 * it, as its document's {@code origin} field: a record replacing a stored one brings its own origin
 * (none when saved without), and a record stored without origin has none.
 */
public final class InMemorySeriesRepository<T extends MarketEvent> implements SeriesRepository<T> {

  private record Key(Instant millis, String withinTime) implements Comparable<Key> {
    @Override
    public int compareTo(Key other) {
      int byTime = millis.compareTo(other.millis);
      return byTime != 0 ? byTime : withinTime.compareTo(other.withinTime);
    }
  }

  private final SeriesType type;
  private final BiPredicate<T, T> supersedes;
  private final Map<SeriesKey, NavigableMap<Key, T>> series = new HashMap<>();
  private final Map<SeriesKey, Map<Key, RecordOrigin>> origins = new HashMap<>();

  /** A record with the origin it was saved with, null for none. */
  private record Saved<T>(T record, RecordOrigin origin) {}

  /**
   * @param supersedes whether a record replaces the stored one of the same key; null where records
   *     never change
   */
  InMemorySeriesRepository(SeriesType type, BiPredicate<T, T> supersedes) {
    this.type = type;
    this.supersedes = supersedes;
  }

  @Override
  public CompletableFuture<WriteResult> saveAll(List<T> records) {
    Objects.requireNonNull(records, "records must not be null");
    return saveAll(records, Collections.nCopies(records.size(), null));
  }

  @Override
  public CompletableFuture<WriteResult> saveAll(List<T> records, List<RecordOrigin> origins) {
    Objects.requireNonNull(records, "records must not be null");
    Objects.requireNonNull(origins, "origins must not be null");
    if (origins.size() != records.size()) {
      throw new IllegalArgumentException(
          "origins must match records but were " + origins.size() + " for " + records.size());
    }
    try {
      return CompletableFuture.completedFuture(save(records, origins));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private synchronized WriteResult save(List<T> records, List<RecordOrigin> originsOfRecords) {
    Map<SeriesKey, Map<Key, Saved<T>>> winners = new LinkedHashMap<>();
    for (int i = 0; i < records.size(); i++) {
      T record = Objects.requireNonNull(records.get(i), "records[" + i + "] must not be null");
      winners
          .computeIfAbsent(requireType(record.seriesKey()), k -> new LinkedHashMap<>())
          .merge(
              key(record),
              new Saved<>(record, originsOfRecords.get(i)),
              (current, candidate) ->
                  supersedes(candidate.record(), current.record()) ? candidate : current);
    }
    long written = 0;
    for (Map.Entry<SeriesKey, Map<Key, Saved<T>>> batch : winners.entrySet()) {
      NavigableMap<Key, T> stored = series.computeIfAbsent(batch.getKey(), k -> new TreeMap<>());
      Map<Key, RecordOrigin> storedOrigins =
          origins.computeIfAbsent(batch.getKey(), k -> new HashMap<>());
      for (Saved<T> saved : batch.getValue().values()) {
        Key key = key(saved.record());
        T current = stored.get(key);
        if (current == null || supersedes(saved.record(), current)) {
          stored.put(key, saved.record());
          if (saved.origin() == null) {
            storedOrigins.remove(key);
          } else {
            storedOrigins.put(key, saved.origin());
          }
          written++;
        }
      }
    }
    return new WriteResult(written, records.size() - written);
  }

  @Override
  public synchronized CompletableFuture<Long> correct(
      List<T> corrections, List<RecordOrigin> originsOfCorrections) {
    Objects.requireNonNull(corrections, "corrections must not be null");
    Objects.requireNonNull(originsOfCorrections, "origins must not be null");
    if (originsOfCorrections.size() != corrections.size()) {
      throw new IllegalArgumentException(
          "origins must match corrections but were "
              + originsOfCorrections.size()
              + " for "
              + corrections.size());
    }
    if (supersedes == null) {
      return CompletableFuture.failedFuture(
          new UnsupportedOperationException(type + " records are never replaced"));
    }
    long corrected = 0;
    for (int i = 0; i < corrections.size(); i++) {
      T correction = corrections.get(i);
      SeriesKey seriesKey = requireType(correction.seriesKey());
      NavigableMap<Key, T> stored = series.get(seriesKey);
      Key key = key(correction);
      if (stored != null && stored.containsKey(key)) {
        stored.put(key, correction);
        origins
            .computeIfAbsent(seriesKey, k -> new HashMap<>())
            .put(key, originsOfCorrections.get(i));
        corrected++;
      }
    }
    return CompletableFuture.completedFuture(corrected);
  }

  @Override
  public synchronized List<RecordOrigin> originsOf(SeriesKey key, List<T> records) {
    Objects.requireNonNull(records, "records must not be null");
    Map<Key, RecordOrigin> stored = origins.getOrDefault(requireType(key), Map.of());
    List<RecordOrigin> found = new ArrayList<>(records.size());
    for (T record : records) {
      found.add(stored.get(key(record)));
    }
    return Collections.unmodifiableList(found);
  }

  @Override
  public synchronized List<T> range(SeriesKey key, TimeRange range, int limit, SortOrder order) {
    Objects.requireNonNull(range, "range must not be null");
    Objects.requireNonNull(order, "order must not be null");
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0 but was " + limit);
    }
    NavigableMap<Key, T> inRange =
        stored(key)
            .subMap(
                new Key(Millis.ceiling(range.from()), ""),
                true,
                new Key(Millis.ceiling(range.to()), ""),
                false);
    NavigableMap<Key, T> ordered = order == SortOrder.ASCENDING ? inRange : inRange.descendingMap();
    return ordered.values().stream().limit(limit).toList();
  }

  @Override
  public List<T> latest(SeriesKey key, int limit) {
    return range(key, TimeRange.all(), limit, SortOrder.DESCENDING);
  }

  @Override
  public long count(SeriesKey key, TimeRange range) {
    return range(key, range, Integer.MAX_VALUE, SortOrder.ASCENDING).size();
  }

  /** Drops the stored records that match, as MongoDB's TTL monitor drops expired ones. */
  public synchronized void removeIf(Predicate<? super T> expired) {
    series.forEach(
        (key, records) -> {
          Map<Key, RecordOrigin> storedOrigins = origins.getOrDefault(key, new HashMap<>());
          records
              .entrySet()
              .removeIf(
                  entry -> {
                    boolean drop = expired.test(entry.getValue());
                    if (drop) {
                      storedOrigins.remove(entry.getKey());
                    }
                    return drop;
                  });
        });
  }

  /** Every record of every series of this type, each series oldest first. */
  synchronized List<T> all() {
    List<T> all = new ArrayList<>();
    series.values().forEach(records -> all.addAll(records.values()));
    return all;
  }

  private boolean supersedes(T candidate, T current) {
    return supersedes != null && supersedes.test(candidate, current);
  }

  private NavigableMap<Key, T> stored(SeriesKey key) {
    return series.getOrDefault(requireType(key), new TreeMap<>());
  }

  private static Key key(MarketEvent record) {
    return new Key(Millis.floor(record.seriesTime()), record.keyWithinTime());
  }

  private SeriesKey requireType(SeriesKey key) {
    Objects.requireNonNull(key, "key must not be null");
    if (key.type() != type) {
      throw new IllegalArgumentException(
          "series " + key + " is of type " + key.type() + ", this repository stores " + type);
    }
    return key;
  }
}
