/**
 * The JDBC adapter: {@link io.xingzhi.adapter.jdbc.JdbiLeadStore} implements the store ports - runs,
 * leads with their review history (compare-and-set on the version), documents with their number
 * sequences, the audit trail - in H2 or PostgreSQL (schema by versioned Flyway migrations); {@link io.xingzhi.adapter.jdbc.JdbcRecordSource} reads agency datasets from tables,
 * views or queries, streaming. Every SQL statement is fixed text with bound parameters. JDBC drivers
 * are not dependencies of this module: the embedder puts one on the runtime class path.
 */
package io.xingzhi.adapter.jdbc;
