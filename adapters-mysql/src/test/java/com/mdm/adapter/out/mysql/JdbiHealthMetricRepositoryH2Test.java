package com.mdm.adapter.out.mysql;

/** The health metric contract on in-memory H2 in MySQL mode, as the embedded setup runs it. */
class JdbiHealthMetricRepositoryH2Test extends HealthMetricRepositoryContract {

  @Override
  protected MetadataTestDatabase openDatabase() {
    return MetadataTestDatabase.inMemoryH2();
  }
}
