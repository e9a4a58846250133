package com.mdm.adapter.out.mysql;

/** The receipt log contract on the MySQL/MariaDB server of the test-support helper. */
class JdbiCaptureLogIT extends CaptureLogContract {

  @Override
  protected MetadataTestDatabase openDatabase() {
    return MetadataTestDatabase.onTestServer();
  }
}
