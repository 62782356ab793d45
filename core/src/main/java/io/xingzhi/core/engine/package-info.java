/**
 * The engine: reads the sources through the ports, maps rows to records, resolves identities,
 * runs the models (indexing the small datasets by person and streaming the big ones past that
 * index) and returns leads with a run report whose counts add up.
 */
package io.xingzhi.core.engine;
