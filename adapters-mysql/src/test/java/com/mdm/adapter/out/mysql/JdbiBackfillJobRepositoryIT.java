package com.mdm.adapter.out.mysql;

/** The backfill job contract on the MySQL/MariaDB server of the test-support helper. */
class JdbiBackfillJobRepositoryIT extends JdbiBackfillJobRepositoryContract {

  @Override
  protected MetadataTestDatabase openDatabase() {
    return MetadataTestDatabase.onTestServer();
  }
}
