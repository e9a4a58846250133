package com.mdm.testsupport.fake;

import com.mdm.domain.port.out.LeaderLease;
import com.mdm.testsupport.contract.LeaderLeaseContract;
import java.time.Duration;

/** The fake proven by the contract the NATS key-value lease passes, on a shorter period. */
class InMemoryLeaderLeaseTest extends LeaderLeaseContract {

  private final InMemoryLeaseStore store = new InMemoryLeaseStore(Duration.ofMillis(400));

  @Override
  protected LeaderLease lease(String holder) {
    return store.lease(holder);
  }
}
