/**
 * Test support for Xingzhi and for integrators: sample leads and runs, an in-memory
 * {@link io.xingzhi.core.port.LeadStore} (the four store ports in one), and abstract contract
 * tests ({@link io.xingzhi.testkit.LeadStoreContract}, {@link io.xingzhi.testkit.RecordSourceContract})
 * that an adapter's own test extends to prove it keeps the ports' promises - including that core's
 * review service over the store keeps the workflow's (one winner of a race, nothing written on a
 * refusal).
 */
package io.xingzhi.testkit;
