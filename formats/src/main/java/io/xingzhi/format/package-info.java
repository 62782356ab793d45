/**
 * Formats: the one way bytes become raw rows, whatever door they came through. A
 * {@link io.xingzhi.format.RowReader} takes a source's name and its bytes (an
 * {@link java.io.InputStream}: a file, an HTTP response body, anything) and emits
 * {@link io.xingzhi.core.record.RawRow}s and {@link io.xingzhi.core.record.Rejection}s to a core
 * {@link io.xingzhi.core.port.RowVisitor}: {@link io.xingzhi.format.CsvRowReader} for CSV exports,
 * {@link io.xingzhi.format.JsonRowReader} for JSON Lines. Both decode as a
 * {@link io.xingzhi.format.Decoding} says (UTF-8 or GB18030, detected per source, or given), line by
 * line, so one bad line costs that line only. The CSV adapter (a folder of files) and the REST
 * adapter (HTTP feeds) both read through here, so the same bytes give the same rows, rejections and
 * leads from a file and from a feed (CONTRACT.md §5).
 *
 * <p>The module also reads the {@code --config} file of engine parameters
 * ({@link io.xingzhi.format.ConfigFile}), which every door uses alike. It depends on core and Jackson
 * only; adapters depend on it, it depends on no adapter.
 */
package io.xingzhi.format;
