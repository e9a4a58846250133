/**
 * Outbound adapter keeping the metadata catalog (datasets, audit log, health metrics, backfill
 * jobs, lineage) in MySQL or MariaDB through Jdbi, with the schema under Flyway.
 *
 * <p>{@link com.mdm.adapter.out.mysql.MysqlMetadataStore} migrates the schema and yields the Jdbi;
 * each {@code Jdbi*Repository} implements one port through a SqlObject {@code *Dao}, a row record
 * and a mapper. Times are {@code DATETIME(3)} columns holding UTC, so values never depend on a time
 * zone; the same SQL runs on H2 in MySQL mode for the embedded setup.
 */
package com.mdm.adapter.out.mysql;
