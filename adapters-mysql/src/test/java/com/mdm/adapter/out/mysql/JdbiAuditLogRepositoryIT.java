package com.mdm.adapter.out.mysql;

import com.mdm.domain.port.out.AuditLogRepository;
import com.mdm.testsupport.contract.AuditLogRepositoryContract;
import com.mdm.testsupport.contract.Subject;

/** The audit log contract on the MySQL/MariaDB server of the test-support helper. */
class JdbiAuditLogRepositoryIT extends AuditLogRepositoryContract {

  @Override
  protected Subject<AuditLogRepository> subject() {
    return MetadataTestDatabase.onTestServer().subject(JdbiAuditLogRepository::new, "audit_logs");
  }
}
