package com.mdm.testsupport.fake;

import com.mdm.domain.port.out.ReconciliationLog;
import com.mdm.testsupport.contract.ReconciliationLogContract;
import com.mdm.testsupport.contract.Subject;

/** The fake proven by the contract the Jdbi reconciliation log passes. */
class InMemoryReconciliationLogTest extends ReconciliationLogContract {

  @Override
  protected Subject<ReconciliationLog> subject() {
    return InMemoryReconciliationLog::new;
  }
}
