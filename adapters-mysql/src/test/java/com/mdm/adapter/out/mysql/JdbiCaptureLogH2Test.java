package com.mdm.adapter.out.mysql;

import com.mdm.domain.port.out.CaptureLog;
import com.mdm.testsupport.contract.CaptureLogContract;
import com.mdm.testsupport.contract.Subject;

/** The receipt log contract on the in-memory H2 in MySQL mode, as the embedded setup runs it. */
class JdbiCaptureLogH2Test extends CaptureLogContract {

  @Override
  protected Subject<CaptureLog> subject() {
    return MetadataTestDatabase.inMemoryH2()
        .subject(JdbiCaptureLog::new, "capture_minutes", "capture_subjects");
  }
}
