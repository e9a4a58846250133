package com.mdm.adapter.out.mysql;

import com.mdm.domain.port.out.AuditLogRepository;
import com.mdm.testsupport.contract.AuditLogRepositoryContract;
import com.mdm.testsupport.contract.Subject;

/** The audit log contract on in-memory H2 in MySQL mode, as the embedded setup runs it. */
class JdbiAuditLogRepositoryH2Test extends AuditLogRepositoryContract {

  @Override
  protected Subject<AuditLogRepository> subject() {
    return MetadataTestDatabase.inMemoryH2().subject(JdbiAuditLogRepository::new, "audit_logs");
  }
}
