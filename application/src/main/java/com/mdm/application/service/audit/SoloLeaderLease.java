package com.mdm.application.service.audit;

import com.mdm.domain.port.out.LeaderLease;
import java.time.Duration;

/** A lease that is always held, for a single instance that needs no election (and for tests). */
public final class SoloLeaderLease implements LeaderLease {

  private final Duration period;

  public SoloLeaderLease(Duration period) {
    this.period = period;
  }

  @Override
  public Duration period() {
    return period;
  }

  @Override
  public boolean tryAcquire() {
    return true;
  }

  @Override
  public boolean renew() {
    return true;
  }

  @Override
  public void release() {}

  @Override
  public boolean isLeader() {
    return true;
  }
}
