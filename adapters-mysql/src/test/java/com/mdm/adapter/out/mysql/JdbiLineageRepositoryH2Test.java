package com.mdm.adapter.out.mysql;

/** The lineage contract on in-memory H2 in MySQL mode, as the embedded setup runs it. */
class JdbiLineageRepositoryH2Test extends LineageRepositoryContract {

  @Override
  protected MetadataTestDatabase openDatabase() {
    return MetadataTestDatabase.inMemoryH2();
  }
}
