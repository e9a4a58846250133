package com.mdm.adapter.out.mysql;

/** UTC and millisecond precision on the MySQL/MariaDB server of the test-support helper. */
class UtcTimeRoundTripIT extends UtcTimeRoundTripContract {

  @Override
  protected MetadataTestDatabase openDatabaseInSessionZonePlusNine() {
    return MetadataTestDatabase.onTestServer("sessionVariables=time_zone='%2B09:00'");
  }

  @Override
  protected String sessionZoneQuery() {
    return "SELECT @@session.time_zone";
  }
}
