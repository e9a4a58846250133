package com.mdm.adapter.out.mysql;

import com.mdm.domain.port.out.DataGapRepository;
import com.mdm.testsupport.contract.DataGapRepositoryContract;
import com.mdm.testsupport.contract.Subject;

/** The data gap contract on the MySQL/MariaDB server of the test-support helper. */
class JdbiDataGapRepositoryIT extends DataGapRepositoryContract {

  @Override
  protected Subject<DataGapRepository> subject() {
    return MetadataTestDatabase.onTestServer().subject(JdbiDataGapRepository::new, "data_gaps");
  }
}
