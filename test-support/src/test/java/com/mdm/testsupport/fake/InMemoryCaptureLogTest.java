package com.mdm.testsupport.fake;

import com.mdm.domain.port.out.CaptureLog;
import com.mdm.testsupport.contract.CaptureLogContract;
import com.mdm.testsupport.contract.Subject;

/** The fake proven by the contract the Jdbi receipt log passes. */
class InMemoryCaptureLogTest extends CaptureLogContract {

  @Override
  protected Subject<CaptureLog> subject() {
    return InMemoryCaptureLog::new;
  }
}
