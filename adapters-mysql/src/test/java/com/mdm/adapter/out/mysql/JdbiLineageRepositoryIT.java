package com.mdm.adapter.out.mysql;

import com.mdm.domain.port.out.LineageRepository;
import com.mdm.testsupport.contract.LineageRepositoryContract;
import com.mdm.testsupport.contract.Subject;

/** The lineage contract on the MySQL/MariaDB server of the test-support helper. */
class JdbiLineageRepositoryIT extends LineageRepositoryContract {

  @Override
  protected Subject<LineageRepository> subject() {
    return MetadataTestDatabase.onTestServer()
        .subject(JdbiLineageRepository::new, "lineage_records");
  }
}
