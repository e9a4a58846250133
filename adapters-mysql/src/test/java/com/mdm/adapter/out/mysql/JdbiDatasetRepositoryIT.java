package com.mdm.adapter.out.mysql;

/** The dataset contract on the MySQL/MariaDB server of the test-support helper. */
class JdbiDatasetRepositoryIT extends DatasetRepositoryContract {

  @Override
  protected MetadataTestDatabase openDatabase() {
    return MetadataTestDatabase.onTestServer();
  }
}
