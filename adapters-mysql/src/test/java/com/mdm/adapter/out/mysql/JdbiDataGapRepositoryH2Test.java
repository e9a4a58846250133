package com.mdm.adapter.out.mysql;

/** The data gap contract on in-memory H2 in MySQL mode, as the embedded setup runs it. */
class JdbiDataGapRepositoryH2Test extends DataGapRepositoryContract {

  @Override
  protected MetadataTestDatabase openDatabase() {
    return MetadataTestDatabase.inMemoryH2();
  }
}
