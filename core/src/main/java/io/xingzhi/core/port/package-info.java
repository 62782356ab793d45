/**
 * Ports: the narrow interfaces through which the engine meets the world. Driven ports
 * ({@link io.xingzhi.core.port.RecordSource}, {@link io.xingzhi.core.port.RunSink}, the store)
 * are implemented by adapters; they evolve by default methods only.
 * {@link io.xingzhi.core.port.CompositeRecordSource} joins several record sources dataset by dataset
 * (a fixed-width custody file with a CSV folder; database tables with HTTP feeds).
 */
package io.xingzhi.core.port;
