package io.xingzhi.core.port;

/**
 * A store that keeps everything an installation keeps between runs, so a prosecutor can verify
 * leads over days: the runs ({@link RunStore}), the leads with their review standing and history
 * ({@link LeadRepository}), the documents ({@link DocumentStore}) and the audit trail
 * ({@link AuditLog}). It is the four narrow ports in one, for wiring: the application services
 * each take only the ports they use. Implementations (in memory, H2, PostgreSQL) pass the same
 * contract test ({@code io.xingzhi.testkit.LeadStoreContract}), keep every promise of the four
 * ports, and are safe to use from several threads. New capabilities arrive as default methods,
 * so existing implementations keep compiling.
 */
public interface LeadStore extends RunStore, LeadRepository, DocumentStore, AuditLog {
}
