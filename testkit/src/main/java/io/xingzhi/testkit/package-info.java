/**
 * Test support for Xingzhi: the synthetic agency-data generator ({@link io.xingzhi.testkit.generate})
 * and, later, fixtures and contract tests an integrator runs against their own adapter.
 */
package io.xingzhi.testkit;
