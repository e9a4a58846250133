package com.mdm.testsupport.fake;

import com.mdm.domain.port.out.AuditLogRepository;
import com.mdm.testsupport.contract.AuditLogRepositoryContract;
import com.mdm.testsupport.contract.Subject;

/** The fake proven by the contract the Jdbi repository passes. */
class InMemoryAuditLogRepositoryTest extends AuditLogRepositoryContract {

  @Override
  protected Subject<AuditLogRepository> subject() {
    return InMemoryAuditLogRepository::new;
  }
}
