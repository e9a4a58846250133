package com.mdm.adapter.out.mysql;

/** The data gap contract on the MySQL/MariaDB server of the test-support helper. */
class JdbiDataGapRepositoryIT extends DataGapRepositoryContract {

  @Override
  protected MetadataTestDatabase openDatabase() {
    return MetadataTestDatabase.onTestServer();
  }
}
