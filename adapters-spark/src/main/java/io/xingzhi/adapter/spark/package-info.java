/**
 * Runs core's record mapping, identity resolution and models on Apache Spark ({@link
 * io.xingzhi.adapter.spark.SparkEngine}): each file read by the formats module's reader in a task,
 * persons partitioned by birth date so that every record of a person meets in one partition, the
 * big datasets joined to them by the same key; leads, counts and rejections identical to the
 * single-machine engine's.
 */
package io.xingzhi.adapter.spark;
