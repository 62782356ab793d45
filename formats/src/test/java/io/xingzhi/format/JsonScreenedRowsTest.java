package io.xingzhi.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.port.RowScreen;
import io.xingzhi.core.record.Dataset;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The JSON Lines reader's fast lane ({@link JsonLineScreen}): lines a visitor's screen settles from
 * their bytes are counted instead of delivered, and nothing else changes. Each case reads the same
 * bytes twice, without a screen and with one that settles every row whose key {@code a} holds a
 * string starting with {@code S}; the second reading must give the first one's events with exactly
 * such rows replaced by "settled". The random lines take every shape the reader handles: the keys in
 * another order, one missing or extra or given twice, nested values, escapes, raw control
 * characters, numbers JSON allows and numbers it does not, literals, spaces, text after the object,
 * bytes that are not UTF-8, blank lines and values that are not objects.
 */
class JsonScreenedRowsTest {
    private static final RowScreen SETTLING_S = EventRecorder.SETTLING_S;

    private static List<String> read(byte[] bytes, RowScreen screen) throws IOException {
        EventRecorder visitor = new EventRecorder(screen);
        new JsonRowReader().read(Dataset.ACTIVITIES, "activities.jsonl", new ByteArrayInputStream(bytes), visitor);
        assertThat(visitor.screenAskedFor).as("a screen is asked for once, with the first object's keys").hasSizeLessThanOrEqualTo(1);
        return visitor.events;
    }

    /** The unscreened events with the rows the screened reading settled replaced, checking each may be settled. */
    private static List<String> expectedWithScreen(List<String> plain, List<String> screened) {
        List<String> expected = new ArrayList<>();
        for (int k = 0; k < plain.size(); k++) {
            String e = plain.get(k);
            if (k < screened.size() && screened.get(k).equals("settled") && e.startsWith("row ")) {
                assertThat(e).as("only rows whose a starts with S may be settled").matches("row \\d+ \\{a=S.*");
                expected.add("settled");
            } else {
                expected.add(e);
            }
        }
        return expected;
    }

    @Test
    void settledLinesAreExactlyTheScreenedRowsAndEveryOtherEventIsUnchanged() throws IOException {
        for (long seed = 1; seed <= 8; seed++) {
            byte[] bytes = randomJsonLines(new Random(seed), 20_000);
            List<String> plain = read(bytes, null);
            List<String> screened = read(bytes, SETTLING_S);
            assertThat(screened).hasSameSizeAs(plain);
            assertThat(screened).as("seed %d", seed).containsExactlyElementsOf(expectedWithScreen(plain, screened));
            long settled = screened.stream().filter("settled"::equals).count();
            assertThat(settled).as("plain lines about S are settled").isGreaterThan(1_000);
            assertThat(plain).as("the random lines include rejected ones").anyMatch(e -> e.startsWith("rejected"));
        }
    }

    @Test
    void onlyAPlainStringOfAScreenedKeyIsShownAndTheFirstObjectIsAlwaysARow() throws IOException {
        String lines = "{\"a\":\"S0\",\"b\":1}\n"
                + "{\"a\":\"S1\",\"b\":2}\n"
                + "{ \"a\" : \"S2\" , \"b\" : -0.5e+3 }  \n"
                + "{\"a\":\"S\\u0033\",\"b\":3}\n"
                + "{\"a\":5,\"b\":4}\n"
                + "{\"b\":5,\"a\":\"S6\"}\n"
                + "{\"a\":\"S7\",\"b\":07}\n"
                + "{\"a\":\"S8\",\"b\":{\"c\":1}}\n"
                + "{\"a\":\"S9\",\"b\":true}\n";
        List<String> events = read(lines.getBytes(StandardCharsets.UTF_8), SETTLING_S);
        assertThat(events).containsExactly(
                "row 1 {a=S0, b=1}",
                "settled",
                "settled",
                "row 4 {a=S3, b=3}", // an escape: left to the parser
                "row 5 {a=5, b=4}",
                "row 6 {b=5, a=S6}", // the keys in another order: another header
                "rejected 7 broken JSON at column 16",
                "row 8 {a=S8, b=" + io.xingzhi.core.record.RawRow.NESTED_VALUE + "}", // nested: left to the parser and the mapping
                "settled");
    }

    @Test
    void aGb18030SourceIsNotScreened() throws IOException {
        java.nio.charset.Charset gb = java.nio.charset.Charset.forName("GB18030");
        byte[] bytes = "{\"a\":\"S张\",\"b\":\"一\"}\n{\"a\":\"S李\",\"b\":\"二\"}\n".getBytes(gb);
        EventRecorder visitor = new EventRecorder(SETTLING_S);
        new JsonRowReader(Decoding.of(gb)).read(Dataset.ACTIVITIES, "x.jsonl", new ByteArrayInputStream(bytes), visitor);
        List<String> events = visitor.events;
        assertThat(events).containsExactly("row 1 {a=S张, b=一}", "row 2 {a=S李, b=二}");
    }

    private static final String[] VALUES = {"\"v\"", "\"中文\"", "12", "-0", "0.5", "1e9", "1E-2", "true", "false", "null",
        "01", "+1", ".5", "1.", "-", "tru", "nul", "\"a\\\"b\"", "\"\\u4e2d\"", "\"tab\there\"", "[1]", "{\"x\":1}", "\"😀\"",
        "\"\"", "  \"spaced\"  "};

    /** A first object {"a":…,"b":…,"c":…} and {@code lines} random lines after it. */
    private static byte[] randomJsonLines(Random r, int lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("{\"a\":\"S-first\",\"b\":\"x\",\"c\":1}\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < lines; i++) {
            String a = switch (r.nextInt(6)) {
                case 0 -> "\"plain" + i + "\"";
                case 1 -> "\"S\\\"" + i + "\"";
                case 2 -> String.valueOf(i);
                default -> "\"S" + i + "张\"";
            };
            String b = VALUES[r.nextInt(VALUES.length)];
            String c = VALUES[r.nextInt(VALUES.length)];
            String line = switch (r.nextInt(16)) {
                case 0 -> "{\"b\":" + b + ",\"a\":" + a + ",\"c\":" + c + "}";
                case 1 -> "{\"a\":" + a + ",\"b\":" + b + "}";
                case 2 -> "{\"a\":" + a + ",\"b\":" + b + ",\"c\":" + c + ",\"d\":1}";
                case 3 -> "{\"a\":" + a + ",\"a\":" + b + ",\"c\":" + c + "}";
                case 4 -> "{\"a\":" + a + ",\"b\":" + b + ",\"c\":" + c + "} x";
                case 5 -> "{\"a\":" + a + ",\"b\":" + b + ",\"c\":" + c + ",}";
                case 6 -> "[" + a + "]";
                case 7 -> "";
                case 8 -> " {\t\"a\" :" + a + " ,\"b\": " + b + ",\"c\"\t:" + c + " }\t";
                default -> "{\"a\":" + a + ",\"b\":" + b + ",\"c\":" + c + "}";
            };
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            if (r.nextInt(40) == 0 && bytes.length > 4) {
                bytes[2 + r.nextInt(bytes.length - 3)] = (byte) (0x80 + r.nextInt(0x80)); // a byte that is not UTF-8, most often
            }
            out.writeBytes(bytes);
            out.writeBytes((r.nextInt(10) == 0 ? "\r\n" : "\n").getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
