package com.mdm.adapter.out.mysql;

/** The store on in-memory H2 in MySQL mode, as the embedded setup runs it. */
class MysqlMetadataStoreH2Test extends MysqlMetadataStoreContract {

  @Override
  protected MetadataTestDatabase openDatabase() {
    return MetadataTestDatabase.inMemoryH2();
  }
}
