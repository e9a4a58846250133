package com.mdm.domain.port.in;

import com.mdm.domain.market.Symbol;
import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.metadata.BackfillStatus;
import com.mdm.domain.metadata.PageRequest;
import java.util.List;
import java.util.Optional;

/** Creates, lists, inspects and cancels backfill jobs. */
public interface ManageBackfillJobsUseCase {

  /**
   * Queues a pending job for the request and returns it, or the pending or running job that already
   * covers it.
   *
   * @throws InvalidRequestException when the exchange has nothing to serve for the range: a start
   *     in the future, aggregate trades older than it keeps
   */
  BackfillJob create(BackfillRequest request);

  Optional<BackfillJob> get(String jobId);

  /** Jobs filtered by status and symbol (null does not filter), newest first. */
  List<BackfillJob> list(BackfillStatus status, Symbol symbol, PageRequest page);

  /** Cancels a pending or running job; false when it is unknown or already final. */
  boolean cancel(String jobId);
}
