package io.xingzhi.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** The screened line reader against the plain one, on streams many buffers long (so buffers are reused). */
class ScreenedLinesTest {
    /** Settles a line that starts with S; ends it at its first CR or LF. */
    private static final ScreenedLines.Verdict STARTS_WITH_S = (b, start, limit, from, to) -> {
        int i = start;
        while (i < limit && b[i] != '\n' && b[i] != '\r') {
            i++;
        }
        return (long) i << 1 | (i > start && b[start] == 'S' ? 1 : 0);
    };

    @Test
    void aStreamManyBuffersLongGivesTheSameLinesThoughItsBuffersAreReused() throws IOException {
        byte[] bytes = lines(new Random(5), 24 * ScreenedLines.BUFFER_BYTES);
        for (long seed = 1; seed <= 3; seed++) {
            Random sizes = new Random(seed);
            // reads of every size, so that two or more blocks share a buffer and a block may end a buffer
            InputStream in = new FilterInputStream(new ByteArrayInputStream(bytes)) {
                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return super.read(b, off, sizes.nextBoolean() ? len : Math.min(len, 1 + sizes.nextInt(400_000)));
                }
            };
            assertThat(screened(in)).as("seed %d", seed).isEqualTo(plain(bytes));
        }
    }

    /** Lines of 1 to 120 bytes ended by LF, CRLF or (rarely) a lone CR, about half of them starting with S. */
    private static byte[] lines(Random r, int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(size + 200);
        String[] ends = {"\n", "\n", "\n", "\r\n", "\r\n", "\r"};
        while (out.size() < size) {
            int n = 1 + r.nextInt(120);
            out.write(r.nextBoolean() ? 'S' : 'x');
            for (int i = 1; i < n; i++) {
                out.write('a' + r.nextInt(26));
            }
            out.writeBytes(ends[r.nextInt(ends.length)].getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    /** Every line's bytes and terminator, and whether it settled, in order: as a count and a checksum. */
    private static String plain(byte[] bytes) throws IOException {
        ByteLineReader reader = new ByteLineReader(new ByteArrayInputStream(bytes), 1 << 16);
        Digest d = new Digest();
        while (reader.next()) {
            byte[] b = reader.buffer();
            boolean settled = reader.end() > reader.start() && b[reader.start()] == 'S';
            d.add(b, reader.start(), reader.end(), reader.terminatorText(), settled);
        }
        return d.toString();
    }

    private static String screened(InputStream in) throws IOException {
        ScreenedLines lines = new ScreenedLines(new ByteLineReader(in, new byte[0], 0, false), STARTS_WITH_S, 1);
        Digest d = new Digest();
        while (lines.next()) {
            d.add(lines.buffer(), lines.start(), lines.end(), lines.terminatorText(), lines.settled());
        }
        return d.toString();
    }

    private static final class Digest {
        private final CRC32 crc = new CRC32();
        private long lines;
        private long settled;

        void add(byte[] b, int start, int end, String terminator, boolean isSettled) {
            crc.update(b, start, end - start);
            crc.update(terminator.getBytes(StandardCharsets.US_ASCII));
            crc.update(isSettled ? 1 : 0);
            lines++;
            settled += isSettled ? 1 : 0;
        }

        @Override
        public String toString() {
            return lines + " lines, " + settled + " settled, crc " + Long.toHexString(crc.getValue());
        }
    }
}
