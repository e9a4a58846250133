package com.mdm.testsupport.fake;

import com.mdm.domain.port.out.BackfillJobRepository;
import com.mdm.testsupport.contract.BackfillJobRepositoryContract;
import com.mdm.testsupport.contract.Subject;

/** The fake proven by the contract the Jdbi repository passes. */
class InMemoryBackfillJobRepositoryTest extends BackfillJobRepositoryContract {

  @Override
  protected Subject<BackfillJobRepository> subject() {
    return InMemoryBackfillJobRepository::new;
  }
}
