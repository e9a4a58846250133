package com.mdm.adapter.out.mysql;

/** The health metric contract on the MySQL/MariaDB server of the test-support helper. */
class JdbiHealthMetricRepositoryIT extends HealthMetricRepositoryContract {

  @Override
  protected MetadataTestDatabase openDatabase() {
    return MetadataTestDatabase.onTestServer();
  }
}
