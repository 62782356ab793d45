/**
 * Test support for Xingzhi and for integrators: the synthetic agency-data generator
 * ({@code io.xingzhi.generator}), sample leads and runs, an in-memory
 * {@link io.xingzhi.core.port.LeadStore}, and abstract contract tests (e.g.
 * {@link io.xingzhi.testkit.LeadStoreContract}) that an adapter's own test extends to prove it keeps
 * the port's promises.
 */
package io.xingzhi.testkit;
