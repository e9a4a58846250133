package com.mdm.adapter.out.mysql;

import com.mdm.domain.port.out.CaptureLog;
import com.mdm.testsupport.contract.CaptureLogContract;
import com.mdm.testsupport.contract.Subject;

/** The receipt log contract on the MySQL/MariaDB server of the test-support helper. */
class JdbiCaptureLogIT extends CaptureLogContract {

  @Override
  protected Subject<CaptureLog> subject() {
    return MetadataTestDatabase.onTestServer()
        .subject(JdbiCaptureLog::new, "capture_minutes", "capture_subjects");
  }
}
