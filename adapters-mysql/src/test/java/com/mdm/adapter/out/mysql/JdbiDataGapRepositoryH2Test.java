package com.mdm.adapter.out.mysql;

import com.mdm.domain.port.out.DataGapRepository;
import com.mdm.testsupport.contract.DataGapRepositoryContract;
import com.mdm.testsupport.contract.Subject;

/** The data gap contract on in-memory H2 in MySQL mode, as the embedded setup runs it. */
class JdbiDataGapRepositoryH2Test extends DataGapRepositoryContract {

  @Override
  protected Subject<DataGapRepository> subject() {
    return MetadataTestDatabase.inMemoryH2().subject(JdbiDataGapRepository::new, "data_gaps");
  }
}
