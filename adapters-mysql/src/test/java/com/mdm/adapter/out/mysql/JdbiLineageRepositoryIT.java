package com.mdm.adapter.out.mysql;

/** The lineage contract on the MySQL/MariaDB server of the test-support helper. */
class JdbiLineageRepositoryIT extends LineageRepositoryContract {

  @Override
  protected MetadataTestDatabase openDatabase() {
    return MetadataTestDatabase.onTestServer();
  }
}
