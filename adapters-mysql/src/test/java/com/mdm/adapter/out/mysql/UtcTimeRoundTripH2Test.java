package com.mdm.adapter.out.mysql;

/** UTC and millisecond precision on in-memory H2 in MySQL mode. */
class UtcTimeRoundTripH2Test extends UtcTimeRoundTripContract {

  @Override
  protected MetadataTestDatabase openDatabaseInSessionZonePlusNine() {
    return MetadataTestDatabase.inMemoryH2(";TIME ZONE=+09:00");
  }

  @Override
  protected String sessionZoneQuery() {
    return "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'TIME ZONE'";
  }
}
