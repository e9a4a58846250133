package com.mdm.testsupport.contract;

/**
 * The implementation a contract test proves, as its subclass provides it: an empty one before each
 * test, and whatever it holds (a database, a connection) released after the last.
 *
 * @param <T> the port implemented
 */
@FunctionalInterface
public interface Subject<T> extends AutoCloseable {

  /** The implementation, holding nothing yet. */
  T empty();

  @Override
  default void close() {}
}
