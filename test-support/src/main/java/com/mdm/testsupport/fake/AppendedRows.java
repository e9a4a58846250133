package com.mdm.testsupport.fake;

import com.mdm.domain.metadata.PageRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/** Rows of an append-only table in memory, numbered as an auto-increment column numbers them. */
final class AppendedRows<T> {

  private final List<T> rows = new ArrayList<>();
  private long lastId;

  /** Stores the row {@code withId} makes of the next id, and returns it. */
  synchronized T append(LongFunction<T> withId) {
    T row = withId.apply(++lastId);
    rows.add(row);
    return row;
  }

  /** The rows {@code filter} keeps, in {@code order}, within {@code page}. */
  List<T> select(Predicate<T> filter, Comparator<T> order, PageRequest page) {
    return select(filter, order).stream().skip(page.offset()).limit(page.limit()).toList();
  }

  /** The rows {@code filter} keeps, in {@code order}. */
  synchronized List<T> select(Predicate<T> filter, Comparator<T> order) {
    return rows.stream().filter(filter).sorted(order).toList();
  }

  /** Deletes the rows {@code filter} keeps; returns how many. */
  synchronized int delete(Predicate<T> filter) {
    int before = rows.size();
    rows.removeIf(filter);
    return before - rows.size();
  }

  /** Every row, in the order appended. */
  synchronized List<T> all() {
    return List.copyOf(rows);
  }
}
