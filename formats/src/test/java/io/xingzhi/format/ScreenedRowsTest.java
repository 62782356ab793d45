package io.xingzhi.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.port.RowScreen;
import io.xingzhi.core.record.Dataset;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The CSV reader's fast lane: rows a visitor's {@link RowScreen} settles from their bytes are
 * counted instead of delivered, and nothing else changes. Each case reads the same bytes twice, once
 * without a screen and once with one that settles every row whose first column starts with
 * {@code S}; the second reading must give the first one's events with exactly those of its rows
 * replaced by "settled": the same rejections (line, reason, order), the same other rows. The inputs
 * are random lines of every shape the reader handles - quoted fields with commas, escapes and line
 * breaks, stray quotes, characters after a closing quote, bytes that are not UTF-8, too few and too
 * many fields, blank lines, LF, CRLF and lone CR - many thousands of them, so the lines are screened
 * ahead in many batches and across buffer boundaries.
 */
class ScreenedRowsTest {
    private static final byte[][] BROKEN_BYTES = {
        {(byte) 0xff}, {(byte) 0xe4, (byte) 0xb8}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0xc0, (byte) 0xaf},
        {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xe0, (byte) 0x80, (byte) 0x80}, {(byte) 0x80},
        {(byte) 0xf0, (byte) 0x9f, (byte) 0x98}};

    private static final RowScreen SETTLING_S = EventRecorder.SETTLING_S;

    /** What a reading delivered, in order: "row L values", "rejected L reason", or "settled". */
    private static List<String> read(byte[] bytes, boolean screened, Charset charset) throws IOException {
        return read(bytes, screened ? SETTLING_S : null, charset);
    }

    /** What a reading with {@code screen} (null: none) delivered, in order. */
    private static List<String> read(byte[] bytes, RowScreen screen, Charset charset) throws IOException {
        return read(new ByteArrayInputStream(bytes), screen, charset);
    }

    private static List<String> read(InputStream in, RowScreen screen) throws IOException {
        return read(in, screen, null);
    }

    private static List<String> read(InputStream in, RowScreen screen, Charset charset) throws IOException {
        EventRecorder visitor = new EventRecorder(screen);
        Decoding decoding = charset == null ? Decoding.detect() : Decoding.of(charset);
        new CsvRowReader(decoding).read(Dataset.ACTIVITIES, "activities.csv", in, visitor);
        return visitor.events;
    }

    /** The unscreened events with every row the screen would settle (first value starting with S) replaced. */
    private static List<String> expectedWithScreen(List<String> plain, List<String> screened) {
        // the screened reading's "settled" entries stand where the plain reading has an S row
        List<String> expected = new ArrayList<>();
        int s = 0;
        for (String e : plain) {
            if (e.startsWith("row ") && s < screened.size() && screened.get(s).equals("settled")) {
                expected.add("settled");
                assertThat(e).as("only rows whose first value starts with S may be settled").matches("row \\d+ \\{a=S.*");
            } else {
                expected.add(e);
            }
            s++;
        }
        return expected;
    }

    @Test
    void settledRowsAreExactlyTheScreenedOnesAndEveryOtherEventIsUnchanged() throws IOException {
        for (long seed = 1; seed <= 6; seed++) {
            byte[] bytes = randomCsv(new Random(seed), 30_000);
            List<String> plain = read(bytes, false, null);
            List<String> screened = read(bytes, true, null);
            assertThat(screened).hasSameSizeAs(plain);
            assertThat(screened).as("seed %d", seed).containsExactlyElementsOf(expectedWithScreen(plain, screened));
            long settled = screened.stream().filter("settled"::equals).count();
            long sRows = plain.stream().filter(e -> e.matches("row \\d+ \\{a=S.*")).count();
            assertThat(settled).as("most S rows are single-line and unquoted, so settled").isGreaterThan(sRows / 3);
        }
    }

    @Test
    void aLineThatContinuesAQuotedFieldIsNeverSettledThoughItLooksLikeARow() throws IOException {
        String csv = "a,b,c\nS1,\"two\nS2,x,y\nlines\",z\nS3,b,c\n\"S4\",b,c\nS5,\"b\"x,c\nS6,b\nS7,b,c,d\n";
        List<String> screened = read(csv.getBytes(StandardCharsets.UTF_8), true, null);
        assertThat(screened).containsExactly(
                "row 2 {a=S1, b=two\nS2,x,y\nlines, c=z}",
                "settled",
                "settled", // "S4": a quoted value is shown between its quotes
                "rejected 7 unexpected characters after the closing quote of field 2",
                "rejected 8 expected 3 fields, found 2",
                "rejected 9 expected 3 fields, found 4");
    }

    @Test
    void aGbLineOfTwoByteCharactersIsSettledAndOneWithAFourByteCharacterIsLeftToTheDecoder() throws IOException {
        Charset gb = Charset.forName("GB18030");
        // 😀 is four bytes in GB18030 (a digit second byte): the screen does not read those
        byte[] bytes = "a,b,c\nS1,张三,c\nS2,b,c\nS3,笑😀,c\nS4,\"王,五\",丙\n".getBytes(gb);
        assertThat(read(bytes, true, gb)).containsExactly("settled", "settled", "row 4 {a=S3, b=笑😀, c=c}", "settled");
        Charset gbk = Charset.forName("GBK");
        assertThat(read("a,b,c\nS1,张三,c\nS2,b,丙\n".getBytes(gbk), true, gbk)).containsExactly("settled", "settled");
    }

    @Test
    void inTheGbCharsetsSettledRowsAreExactlyTheScreenedOnesAndEveryOtherEventIsUnchanged() throws IOException {
        for (String name : List.of("GB18030", "GBK")) {
            Charset cs = Charset.forName(name);
            for (long seed = 1; seed <= 4; seed++) {
                byte[] bytes = randomGbCsv(new Random(seed), 20_000, cs);
                List<String> plain = read(bytes, false, cs);
                List<String> screened = read(bytes, true, cs);
                assertThat(screened).hasSameSizeAs(plain);
                assertThat(screened).as("%s seed %d", name, seed).containsExactlyElementsOf(expectedWithScreen(plain, screened));
                assertThat(plain).as("the random lines include undecodable ones").anyMatch(e -> e.contains("undecodable"));
                long settledChinese = 0;
                for (int k = 0; k < plain.size(); k++) {
                    if (screened.get(k).equals("settled") && plain.get(k).matches("(?s).*[\\u4e00-\\u9fff].*")) {
                        settledChinese++;
                    }
                }
                assertThat(settledChinese).as("rows with Chinese text are settled from their bytes").isGreaterThan(1000);
            }
        }
    }

    /** A header "a,b,c" and random records in a GB charset: Chinese text, four-byte characters, broken pairs, quotes. */
    private static byte[] randomGbCsv(Random r, int records, Charset cs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("a,b,c\n".getBytes(cs));
        String[] ends = {"\n", "\n", "\r\n", "\r"};
        boolean gb18030 = cs.name().equals("GB18030");
        for (int i = 0; i < records; i++) {
            int fields = r.nextInt(25) == 0 ? 2 + r.nextInt(3) : 3;
            for (int f = 0; f < fields; f++) {
                if (f > 0) {
                    out.write(',');
                }
                String prefix = f == 0 && r.nextInt(3) > 0 ? "S" : "";
                switch (r.nextInt(12)) {
                    case 0 -> out.writeBytes(("\"" + prefix + "张,三\"").getBytes(cs));
                    case 1 -> out.writeBytes(("\"" + prefix + "两\n行\"").getBytes(cs));
                    case 2 -> out.writeBytes((prefix + (gb18030 ? "笑😀" : "笑")).getBytes(cs));
                    case 3 -> { // a random lead byte and any second byte: a character, a four-byte start, or nothing
                        out.writeBytes(prefix.getBytes(cs));
                        out.write(0x81 + r.nextInt(0x7E));
                        out.write(r.nextInt(256) == '\n' ? 'x' : r.nextInt(256));
                    }
                    case 4 -> {
                        out.writeBytes((prefix + "坏").getBytes(cs));
                        out.write(r.nextBoolean() ? 0x80 : 0xFF);
                    }
                    case 5 -> out.writeBytes((prefix + "\"stray").getBytes(cs));
                    case 6 -> out.writeBytes(new byte[0]);
                    default -> out.writeBytes((prefix + "中文" + r.nextInt(1000) + "丙丁").getBytes(cs));
                }
            }
            out.writeBytes(ends[r.nextInt(ends.length)].getBytes(cs));
        }
        return out.toByteArray();
    }

    @Test
    void aGb18030LineWhoseBytesWouldBeChineseInUtf8IsNotSettled() throws IOException {
        // E1 80 80 is one character in UTF-8; in GB18030 a two-byte character and a byte that is none
        Charset gb = Charset.forName("GB18030");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("a,b,c\nS1,".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {(byte) 0xE1, (byte) 0x80, (byte) 0x80});
        out.writeBytes(",c\nS2,b,c\n".getBytes(StandardCharsets.US_ASCII));
        byte[] bytes = out.toByteArray();
        List<String> plain = read(bytes, false, gb);
        assertThat(plain.get(0)).startsWith("rejected 2 undecodable bytes");
        assertThat(read(bytes, true, gb)).containsExactly(plain.get(0), "settled");
    }

    @Test
    void aQuotedScreenedColumnIsShownBetweenItsQuotesUnlessItHoldsADoubledQuote() throws IOException {
        // exports that quote every field: the screened column's value is the bytes between the quotes
        List<byte[]> shown = new ArrayList<>();
        RowScreen recording = new RowScreen() {
            @Override
            public int[] columns() {
                return new int[] {1};
            }

            @Override
            public boolean settles(byte[] line, int[] from, int[] to) {
                synchronized (shown) {
                    shown.add(java.util.Arrays.copyOfRange(line, from[0], to[0]));
                }
                return to[0] > from[0] && line[from[0]] == 'S';
            }
        };
        String csv = "a,b,c\n\"1\",\"S1\",\"c\"\n\"2\",\"S\"\"2\",\"c\"\n\"3\",\"\",\"c\"\n\"4\",\"S4\"  ,\"c\"\n\"5\", \"S5\",c\n";
        List<String> events = read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), recording);
        assertThat(events).containsExactly(
                "settled",
                "row 3 {a=2, b=S\"2, c=c}",
                "row 4 {a=3, b=, c=c}",
                "settled",
                "row 6 {a=5, b= \"S5\", c=c}");
        assertThat(shown).extracting(v -> new String(v, StandardCharsets.UTF_8))
                .containsExactlyInAnyOrder("S1", "", "S4", " \"S5\"");
    }

    @Test
    void aScreenThatSettlesNothingChangesNothing() throws IOException {
        byte[] bytes = randomCsv(new Random(99), 20_000);
        RowScreen never = new RowScreen() {
            @Override
            public int[] columns() {
                return new int[] {2, 0};
            }

            @Override
            public boolean settles(byte[] line, int[] from, int[] to) {
                return false;
            }
        };
        assertThat(read(bytes, never, null)).containsExactlyElementsOf(read(bytes, false, null));
    }

    @Test
    void aStreamThatGivesAFewBytesAtATimeIsScreenedAsOneThatGivesThemAll() throws IOException {
        for (long seed = 11; seed <= 13; seed++) {
            byte[] bytes = randomCsv(new Random(seed), 20_000);
            List<String> plain = read(bytes, false, null);
            Random sizes = new Random(seed);
            List<String> screened = read(new FilterInputStream(new ByteArrayInputStream(bytes)) {
                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return super.read(b, off, Math.min(len, 1 + sizes.nextInt(97))); // blocks cut anywhere
                }
            }, SETTLING_S);
            assertThat(screened).as("seed %d", seed).containsExactlyElementsOf(expectedWithScreen(plain, screened));
            assertThat(screened).contains("settled");
        }
    }

    @Test
    void linesEndedByACarriageReturnAloneAreScreenedOneByOneAlike() throws IOException {
        // more than a block's worth of bytes without an LF: the lines are read one at a time, as the line reader gives them
        byte[] random = randomCsv(new Random(21), 40_000);
        byte[] bytes = new String(random, StandardCharsets.ISO_8859_1).replace("\r\n", "\r").replace('\n', '\r')
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(bytes.length).isGreaterThan(ScreenedLines.MAX_BLOCK_SCAN);
        List<String> plain = read(bytes, false, null);
        List<String> screened = read(bytes, true, null);
        assertThat(screened).containsExactlyElementsOf(expectedWithScreen(plain, screened));
        assertThat(screened).contains("settled");
    }

    @Test
    void aLineLongerThanABlockIsReadWholeBetweenScreenedLines() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("a,b,c\nS1,b,c\n".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(("S2," + "x".repeat(ScreenedLines.MAX_BLOCK_SCAN + 10) + ",c\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes("S3,b,c\rS4,\"b\nS5\",c\nS6,b,c".getBytes(StandardCharsets.UTF_8));
        byte[] bytes = out.toByteArray();
        List<String> plain = read(bytes, false, null);
        List<String> screened = read(bytes, true, null);
        assertThat(screened).containsExactly("settled", "settled", "settled", "row 5 {a=S4, b=b\nS5, c=c}", "settled");
        assertThat(screened).containsExactlyElementsOf(expectedWithScreen(plain, screened));
    }

    @Test
    void aLineLongerThanTheLineLimitIsRejectedWhenScreenedAsWhenNot() throws IOException {
        // 20 MiB: the screened reader's buffers grow by half again, so such a line could end inside one and pass as a row
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("a,b,c\nS1,b,c\n".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(("S2," + "x".repeat(20 << 20) + ",c\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes("S3,b,c\n".getBytes(StandardCharsets.UTF_8));
        byte[] bytes = out.toByteArray();
        List<String> plain = read(bytes, false, null);
        List<String> screened = read(bytes, true, null);
        assertThat(plain).containsExactly("row 2 {a=S1, b=b, c=c}", "rejected 3 line longer than 16 MiB", "row 4 {a=S3, b=b, c=c}");
        assertThat(screened).containsExactly("settled", "rejected 3 line longer than 16 MiB", "settled");
    }

    /** A header "a,b,c" and {@code records} random records of every shape. */
    private static byte[] randomCsv(Random r, int records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("a,b,c\n".getBytes(StandardCharsets.UTF_8));
        String[] ends = {"\n", "\n", "\n", "\r\n", "\r\n", "\r"};
        for (int i = 0; i < records; i++) {
            int fields = r.nextInt(20) == 0 ? 2 + r.nextInt(3) : 3;
            for (int f = 0; f < fields; f++) {
                if (f > 0) {
                    out.write(',');
                }
                writeField(r, out, f == 0 && r.nextInt(3) > 0);
            }
            if (r.nextInt(200) == 0) {
                out.writeBytes(ends[r.nextInt(ends.length)].getBytes(StandardCharsets.UTF_8)); // a blank line
            }
            out.writeBytes(ends[r.nextInt(ends.length)].getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static void writeField(Random r, ByteArrayOutputStream out, boolean settleable) {
        String prefix = settleable ? "S" : "";
        switch (r.nextInt(14)) {
            case 0 -> out.writeBytes((prefix + "\"quoted, with comma\"").getBytes(StandardCharsets.UTF_8));
            case 1 -> out.writeBytes(("\"" + prefix + "esc \"\"x\"\" 张\"").getBytes(StandardCharsets.UTF_8));
            case 2 -> out.writeBytes(("\"" + prefix + "two\nS9,x,y\r\nlines\"").getBytes(StandardCharsets.UTF_8));
            case 3 -> out.writeBytes((prefix + "\"stray").getBytes(StandardCharsets.UTF_8));
            case 4 -> out.writeBytes(("\"" + prefix + "stray").getBytes(StandardCharsets.UTF_8));
            case 5 -> out.writeBytes(("\"" + prefix + "closed\"x").getBytes(StandardCharsets.UTF_8));
            case 6 -> {
                out.writeBytes((prefix + "bad").getBytes(StandardCharsets.UTF_8));
                out.writeBytes(BROKEN_BYTES[r.nextInt(BROKEN_BYTES.length)]);
            }
            case 7 -> out.writeBytes(("\"" + prefix + "spaces after\"  ").getBytes(StandardCharsets.UTF_8));
            case 8 -> out.writeBytes((prefix + "表情😀和中文").getBytes(StandardCharsets.UTF_8));
            case 9 -> out.writeBytes(new byte[0]);
            default -> out.writeBytes((prefix + "v" + r.nextInt(100000)).getBytes(StandardCharsets.UTF_8));
        }
    }
}
