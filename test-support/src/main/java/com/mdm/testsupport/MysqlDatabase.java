package com.mdm.testsupport;

/** One test's own database: its JDBC URL, credentials and name. */
public record MysqlDatabase(String jdbcUrl, String user, String password, String name) {}
