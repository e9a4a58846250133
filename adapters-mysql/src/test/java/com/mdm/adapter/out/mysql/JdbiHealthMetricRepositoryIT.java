package com.mdm.adapter.out.mysql;

import com.mdm.domain.port.out.HealthMetricRepository;
import com.mdm.testsupport.contract.HealthMetricRepositoryContract;
import com.mdm.testsupport.contract.Subject;

/** The health metric contract on the MySQL/MariaDB server of the test-support helper. */
class JdbiHealthMetricRepositoryIT extends HealthMetricRepositoryContract {

  @Override
  protected Subject<HealthMetricRepository> subject() {
    return MetadataTestDatabase.onTestServer()
        .subject(JdbiHealthMetricRepository::new, "health_metrics");
  }
}
