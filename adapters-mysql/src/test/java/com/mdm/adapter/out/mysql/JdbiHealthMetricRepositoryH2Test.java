package com.mdm.adapter.out.mysql;

import com.mdm.domain.port.out.HealthMetricRepository;
import com.mdm.testsupport.contract.HealthMetricRepositoryContract;
import com.mdm.testsupport.contract.Subject;

/** The health metric contract on in-memory H2 in MySQL mode, as the embedded setup runs it. */
class JdbiHealthMetricRepositoryH2Test extends HealthMetricRepositoryContract {

  @Override
  protected Subject<HealthMetricRepository> subject() {
    return MetadataTestDatabase.inMemoryH2()
        .subject(JdbiHealthMetricRepository::new, "health_metrics");
  }
}
