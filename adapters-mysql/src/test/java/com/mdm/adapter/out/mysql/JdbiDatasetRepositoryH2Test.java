package com.mdm.adapter.out.mysql;

import com.mdm.domain.port.out.DatasetRepository;
import com.mdm.testsupport.contract.DatasetRepositoryContract;
import com.mdm.testsupport.contract.Subject;

/** The dataset contract on in-memory H2 in MySQL mode, as the embedded setup runs it. */
class JdbiDatasetRepositoryH2Test extends DatasetRepositoryContract {

  @Override
  protected Subject<DatasetRepository> subject() {
    return MetadataTestDatabase.inMemoryH2().subject(JdbiDatasetRepository::new, "datasets");
  }
}
