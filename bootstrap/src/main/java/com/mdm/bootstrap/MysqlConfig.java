package com.mdm.bootstrap;

/** Where the metadata database is. */
public record MysqlConfig(String jdbcUrl, String user, String password) {

  @Override
  public String toString() {
    return "MysqlConfig[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=***]";
  }
}
