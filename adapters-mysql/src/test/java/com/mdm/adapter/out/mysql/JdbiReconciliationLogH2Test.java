package com.mdm.adapter.out.mysql;

import com.mdm.domain.port.out.ReconciliationLog;
import com.mdm.testsupport.contract.ReconciliationLogContract;
import com.mdm.testsupport.contract.Subject;

/**
 * The reconciliation log contract on the in-memory H2 in MySQL mode, as the embedded setup runs it.
 */
class JdbiReconciliationLogH2Test extends ReconciliationLogContract {

  @Override
  protected Subject<ReconciliationLog> subject() {
    return MetadataTestDatabase.inMemoryH2().subject(JdbiReconciliationLog::new, "audit_logs");
  }
}
