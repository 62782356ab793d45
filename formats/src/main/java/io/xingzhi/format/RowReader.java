package io.xingzhi.format;

import io.xingzhi.core.port.RowVisitor;
import io.xingzhi.core.record.Dataset;
import java.io.IOException;
import java.io.InputStream;

/**
 * Turns the bytes of one source - a file, an HTTP response body, anything that hands an
 * {@link InputStream} - into {@link io.xingzhi.core.record.RawRow}s and
 * {@link io.xingzhi.core.record.Rejection}s, so that every adapter that reads bytes gives the same
 * rows for the same bytes. It promises:
 * <ul>
 *   <li>every physical line (every record, for one that spans lines) ends in exactly one row or one
 *       rejection, in source order, except blank lines, which are skipped; a line the format cannot
 *       split costs that line only, and reading goes on with the next;</li>
 *   <li>each row and rejection names {@code dataset}, {@code source} (as given) and its line: the
 *       physical line where its record starts, the first line of the source being 1;</li>
 *   <li>values are passed as written (not trimmed, not width-folded, not parsed): core gives them
 *       meaning;</li>
 *   <li>it streams: memory does not grow with the size of the source;</li>
 *   <li>it throws {@link IOException} only when reading the stream itself fails; it does not close
 *       the stream.</li>
 * </ul>
 * Implementations are immutable and may read several sources from several threads at once.
 */
public interface RowReader {

    /**
     * Reads all of {@code in} as rows of {@code dataset} from {@code source}, in order, to {@code visitor}.
     *
     * @param dataset the dataset the rows belong to
     * @param source the file name, table or URL that rows and rejections name
     * @param in the bytes; read to the end, not closed
     * @param visitor receives each row and each rejection
     * @throws IOException when the stream cannot be read
     */
    void read(Dataset dataset, String source, InputStream in, RowVisitor visitor) throws IOException;
}
