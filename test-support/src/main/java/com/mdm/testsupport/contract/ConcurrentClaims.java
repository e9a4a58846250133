package com.mdm.testsupport.contract;

import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.port.out.BackfillJobRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Several workers claiming from one repository at the same moment until nothing is pending. */
final class ConcurrentClaims {

  private ConcurrentClaims() {}

  /** The ids each worker claimed, by worker id. */
  static Map<String, List<String>> run(BackfillJobRepository repository, int workers, Instant now)
      throws Exception {
    CyclicBarrier start = new CyclicBarrier(workers);
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      Map<String, Future<List<String>>> futures = new TreeMap<>();
      for (int w = 0; w < workers; w++) {
        String workerId = "worker-" + w;
        Callable<List<String>> claimAll =
            () -> {
              start.await(10, TimeUnit.SECONDS);
              List<String> claimed = new ArrayList<>();
              Optional<BackfillJob> job;
              while ((job = repository.claimNext(workerId, now)).isPresent()) {
                claimed.add(job.get().jobId());
              }
              return claimed;
            };
        futures.put(workerId, pool.submit(claimAll));
      }
      Map<String, List<String>> claims = new TreeMap<>();
      for (Map.Entry<String, Future<List<String>>> entry : futures.entrySet()) {
        claims.put(entry.getKey(), entry.getValue().get(60, TimeUnit.SECONDS));
      }
      return claims;
    } finally {
      pool.shutdownNow();
    }
  }
}
