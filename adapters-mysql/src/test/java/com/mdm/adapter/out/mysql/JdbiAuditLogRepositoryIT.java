package com.mdm.adapter.out.mysql;

/** The audit log contract on the MySQL/MariaDB server of the test-support helper. */
class JdbiAuditLogRepositoryIT extends AuditLogRepositoryContract {

  @Override
  protected MetadataTestDatabase openDatabase() {
    return MetadataTestDatabase.onTestServer();
  }
}
