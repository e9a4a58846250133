package com.mdm.testsupport.fake;

import com.mdm.domain.port.out.DatasetRepository;
import com.mdm.testsupport.contract.DatasetRepositoryContract;
import com.mdm.testsupport.contract.Subject;

/** The fake proven by the contract the Jdbi repository passes. */
class InMemoryDatasetRepositoryTest extends DatasetRepositoryContract {

  @Override
  protected Subject<DatasetRepository> subject() {
    return InMemoryDatasetRepository::new;
  }
}
