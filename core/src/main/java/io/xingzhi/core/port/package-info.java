/**
 * Ports: the narrow interfaces through which the engine meets the world. Driven ports
 * ({@link io.xingzhi.core.port.RecordSource}, {@link io.xingzhi.core.port.RunSink}, the store)
 * are implemented by adapters; they evolve by default methods only.
 */
package io.xingzhi.core.port;
