package com.mdm.adapter.out.mysql;

import com.mdm.domain.port.out.ReconciliationLog;
import com.mdm.testsupport.contract.ReconciliationLogContract;
import com.mdm.testsupport.contract.Subject;

/** The reconciliation log contract on the MySQL/MariaDB server of the test-support helper. */
class JdbiReconciliationLogIT extends ReconciliationLogContract {

  @Override
  protected Subject<ReconciliationLog> subject() {
    return MetadataTestDatabase.onTestServer().subject(JdbiReconciliationLog::new, "audit_logs");
  }
}
