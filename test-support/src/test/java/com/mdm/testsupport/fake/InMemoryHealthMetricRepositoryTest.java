package com.mdm.testsupport.fake;

import com.mdm.domain.port.out.HealthMetricRepository;
import com.mdm.testsupport.contract.HealthMetricRepositoryContract;
import com.mdm.testsupport.contract.Subject;

/** The fake proven by the contract the Jdbi repository passes. */
class InMemoryHealthMetricRepositoryTest extends HealthMetricRepositoryContract {

  @Override
  protected Subject<HealthMetricRepository> subject() {
    return InMemoryHealthMetricRepository::new;
  }
}
