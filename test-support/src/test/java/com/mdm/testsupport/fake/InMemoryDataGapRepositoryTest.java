package com.mdm.testsupport.fake;

import com.mdm.domain.port.out.DataGapRepository;
import com.mdm.testsupport.contract.DataGapRepositoryContract;
import com.mdm.testsupport.contract.Subject;

/** The fake proven by the contract the Jdbi repository passes. */
class InMemoryDataGapRepositoryTest extends DataGapRepositoryContract {

  @Override
  protected Subject<DataGapRepository> subject() {
    return InMemoryDataGapRepository::new;
  }
}
