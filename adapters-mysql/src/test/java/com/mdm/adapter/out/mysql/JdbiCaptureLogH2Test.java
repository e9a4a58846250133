package com.mdm.adapter.out.mysql;

/** The receipt log contract on in-memory H2 in MySQL mode, as the embedded setup runs it. */
class JdbiCaptureLogH2Test extends CaptureLogContract {

  @Override
  protected MetadataTestDatabase openDatabase() {
    return MetadataTestDatabase.inMemoryH2();
  }
}
