package com.mdm.adapter.out.mysql;

import com.mdm.domain.port.out.LineageRepository;
import com.mdm.testsupport.contract.LineageRepositoryContract;
import com.mdm.testsupport.contract.Subject;

/** The lineage contract on in-memory H2 in MySQL mode, as the embedded setup runs it. */
class JdbiLineageRepositoryH2Test extends LineageRepositoryContract {

  @Override
  protected Subject<LineageRepository> subject() {
    return MetadataTestDatabase.inMemoryH2().subject(JdbiLineageRepository::new, "lineage_records");
  }
}
