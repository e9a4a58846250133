package com.mdm.adapter.out.mysql;

/** The backfill job contract on in-memory H2 in MySQL mode, as the embedded setup runs it. */
class JdbiBackfillJobRepositoryH2Test extends JdbiBackfillJobRepositoryContract {

  @Override
  protected MetadataTestDatabase openDatabase() {
    return MetadataTestDatabase.inMemoryH2();
  }
}
