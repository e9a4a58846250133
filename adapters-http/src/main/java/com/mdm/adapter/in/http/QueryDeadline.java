package com.mdm.adapter.in.http;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Bounds the time a request spends in a use case: past the deadline the work is interrupted and the
 * request is answered 503 at once, whatever the store is doing.
 */
final class QueryDeadline implements AutoCloseable {

  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final Duration timeout;

  QueryDeadline(Duration timeout) {
    this.timeout = timeout;
  }

  <T> T call(Callable<T> work) {
    Future<T> result = executor.submit(work);
    try {
      return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      result.cancel(true);
      throw new ProblemException(
          503,
          "the query took longer than "
              + timeout.toMillis()
              + " ms and was stopped; narrow the time range or lower the limit");
    } catch (InterruptedException e) {
      result.cancel(true);
      Thread.currentThread().interrupt();
      throw new ProblemException(503, "the request was interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
