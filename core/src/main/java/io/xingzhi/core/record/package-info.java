/**
 * The agency datasets of CONTRACT.md §1 as typed records, the raw row adapters produce,
 * and the one mapping from raw row to record or rejection ({@link io.xingzhi.core.record.RecordMapper})
 * that every adapter shares, so a CSV file, a database view and an HTTP feed mean the same.
 */
package io.xingzhi.core.record;
