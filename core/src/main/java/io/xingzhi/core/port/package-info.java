/**
 * Ports: the narrow interfaces through which core meets the world, each named for what it does.
 * Driven ports are implemented by adapters: {@link io.xingzhi.core.port.RecordSource} (agency data
 * in), {@link io.xingzhi.core.port.RunSink} (a finished run out), and the store split by what it
 * keeps - {@link io.xingzhi.core.port.RunStore} (runs, merging their leads),
 * {@link io.xingzhi.core.port.LeadRepository} (leads, compare-and-set on the review version, events),
 * {@link io.xingzhi.core.port.DocumentStore} (documents and their numbers) and
 * {@link io.xingzhi.core.port.AuditLog} (the audit trail), with {@link io.xingzhi.core.port.LeadStore}
 * the four in one for wiring. Ports store; they decide nothing. They evolve by default methods only.
 * {@link io.xingzhi.core.port.CompositeRecordSource} joins several record sources dataset by dataset
 * (a fixed-width custody file with a CSV folder; database tables with HTTP feeds).
 */
package io.xingzhi.core.port;
