package com.mdm.testsupport.fake;

import com.mdm.domain.port.out.LineageRepository;
import com.mdm.testsupport.contract.LineageRepositoryContract;
import com.mdm.testsupport.contract.Subject;

/** The fake proven by the contract the Jdbi repository passes. */
class InMemoryLineageRepositoryTest extends LineageRepositoryContract {

  @Override
  protected Subject<LineageRepository> subject() {
    return InMemoryLineageRepository::new;
  }
}
