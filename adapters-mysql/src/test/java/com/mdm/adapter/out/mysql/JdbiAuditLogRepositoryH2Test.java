package com.mdm.adapter.out.mysql;

/** The audit log contract on in-memory H2 in MySQL mode, as the embedded setup runs it. */
class JdbiAuditLogRepositoryH2Test extends AuditLogRepositoryContract {

  @Override
  protected MetadataTestDatabase openDatabase() {
    return MetadataTestDatabase.inMemoryH2();
  }
}
