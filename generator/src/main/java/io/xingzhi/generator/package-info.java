/**
 * The project's own synthetic data generator: writes the nine agency datasets of CONTRACT.md §1
 * into a folder, with planted leads of all twenty kinds of the four models of LAW.md, near-misses
 * that must not be reported, a large majority of clean persons, deliberately messy (but
 * contract-legal) values - or, for a clean spec, the same data as a database export - and an
 * {@code expected.jsonl} that {@code tools/score.py} scores an engine's leads against.
 * Deterministic: the same {@link io.xingzhi.generator.GeneratorSpec} gives byte-identical files.
 */
package io.xingzhi.generator;
