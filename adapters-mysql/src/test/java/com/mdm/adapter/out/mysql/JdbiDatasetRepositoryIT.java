package com.mdm.adapter.out.mysql;

import com.mdm.domain.port.out.DatasetRepository;
import com.mdm.testsupport.contract.DatasetRepositoryContract;
import com.mdm.testsupport.contract.Subject;

/** The dataset contract on the MySQL/MariaDB server of the test-support helper. */
class JdbiDatasetRepositoryIT extends DatasetRepositoryContract {

  @Override
  protected Subject<DatasetRepository> subject() {
    return MetadataTestDatabase.onTestServer().subject(JdbiDatasetRepository::new, "datasets");
  }
}
