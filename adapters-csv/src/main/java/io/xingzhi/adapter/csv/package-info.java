/**
 * The CSV adapter: reads a folder of agency CSV exports as a
 * {@link io.xingzhi.core.port.RecordSource} ({@link io.xingzhi.adapter.csv.CsvRecordSource}, each file
 * through the formats module's {@link io.xingzhi.format.CsvRowReader}), and writes a finished run as
 * {@code leads.jsonl}, {@code leads.csv} and {@code report.md} ({@link io.xingzhi.adapter.csv.CsvRunOutput}).
 * It moves bytes; values get their meaning in core.
 */
package io.xingzhi.adapter.csv;
