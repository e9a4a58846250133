package com.mdm.adapter.out.mysql;

/** The dataset contract on in-memory H2 in MySQL mode, as the embedded setup runs it. */
class JdbiDatasetRepositoryH2Test extends DatasetRepositoryContract {

  @Override
  protected MetadataTestDatabase openDatabase() {
    return MetadataTestDatabase.inMemoryH2();
  }
}
