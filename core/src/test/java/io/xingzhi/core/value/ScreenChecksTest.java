package io.xingzhi.core.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The byte checks a streamed row is screened with ({@link IdNumber#isNormalValid(byte[], int, int)},
 * {@link Dates#isPlainValid(byte[], int, int)}) never say yes where the ordinary parsers would say
 * anything else, and say yes to every plain form the parsers accept: a row they settle is a row the
 * mapping accepts, and a clean export is settled whole. Fed hand-picked edge cases, random values
 * in the plain forms (valid and invalid), random strings over the characters the parsers fold,
 * strip or refuse, and the same bytes placed inside a longer line.
 */
class ScreenChecksTest {
    private static final int RANDOM = 40_000;
    private static final String ALPHABET = "0123456789０１ \u3000\t-/.:TxX年月日Z";

    /** The check on {@code s}'s UTF-8 bytes, placed at an offset inside a longer array. */
    private static boolean onBytes(String s, Check check) {
        byte[] raw = s.getBytes(StandardCharsets.UTF_8);
        byte[] line = new byte[raw.length + 6];
        line[0] = '9';
        line[1] = ',';
        line[2] = '-';
        System.arraycopy(raw, 0, line, 3, raw.length);
        line[raw.length + 3] = ',';
        line[raw.length + 4] = '1';
        line[raw.length + 5] = '2';
        return check.test(line, 3, 3 + raw.length);
    }

    @FunctionalInterface
    private interface Check {
        boolean test(byte[] b, int from, int to);
    }

    @Test
    void aNumberPassesTheByteCheckExactlyWhenItIsValidAndAlreadyNormal() {
        Random r = new Random(5);
        List<String> inputs = new ArrayList<>(List.of("11010519491231002X", "110105194912310021", "11010519491231002x",
                "11010519491231002Y", "99010519491231002X", "111111111111111111", "110105180001010011",
                "110105179912310011", "110105202402290018", "110105202302290018", "11010519491231002", "1101051949123100211",
                " 11010519491231002X", "11010519491231002X ", "110105491231002", "１10105194912310021", "", "0"));
        for (int i = 0; i < RANDOM; i++) {
            StringBuilder body = new StringBuilder(String.format("%02d%04d%04d%02d%02d%03d", r.nextInt(100), r.nextInt(10000),
                    1780 + r.nextInt(260), r.nextInt(14), r.nextInt(33), r.nextInt(1000)));
            String withCheck = r.nextBoolean() ? body + String.valueOf(IdNumber.checkCharacter(body))
                    : body + String.valueOf("0123456789Xx".charAt(r.nextInt(12)));
            inputs.add(withCheck);
            inputs.add(random(r, 14 + r.nextInt(6)));
        }
        int valid = 0;
        for (String s : inputs) {
            boolean plain = s.matches("[0-9]{17}[0-9X]");
            String normal = IdNumber.normalisedOrNull(s);
            boolean expected = plain && s.equals(normal) && IdNumber.parse(s).isOk();
            assertThat(onBytes(s, IdNumber::isNormalValid)).as("\"%s\"", s).isEqualTo(expected);
            valid += expected ? 1 : 0;
        }
        assertThat(valid).as("valid numbers among the inputs").isGreaterThan(RANDOM / 10);
    }

    @Test
    void aNumberAsWrittenGivesTheCodeOfTheNumberTheParserReadsWithALowerCaseXToo() {
        Random r = new Random(6);
        List<String> inputs = new ArrayList<>(List.of("11010519491231002x", "11010519491231002X", "110105194912310021",
                "11010519491231002y", "11010519491231001x", "x10105194912310021", "1101051949123100x1", " 11010519491231002x"));
        for (int i = 0; i < RANDOM; i++) {
            String body = String.format("%02d%04d%04d%02d%02d%03d", r.nextInt(100), r.nextInt(10000), 1780 + r.nextInt(260),
                    r.nextInt(14), r.nextInt(33), r.nextInt(1000));
            char check = r.nextBoolean() ? IdNumber.checkCharacter(body) : "0123456789Xx".charAt(r.nextInt(12));
            inputs.add(body + (check == 'X' && r.nextBoolean() ? 'x' : check));
        }
        int lowerX = 0;
        for (String s : inputs) {
            byte[] b = s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            long written = IdNumber.writtenCode(b, 0, b.length);
            boolean form = s.matches("[0-9]{17}[0-9Xx]");
            Parsed<IdNumber> p = IdNumber.parse(s);
            assertThat(written >= 0).as("\"%s\"", s).isEqualTo(form && p.isOk());
            if (written >= 0) {
                byte[] n = p.value().value().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                assertThat(written).as("the code of \"%s\"", s).isEqualTo(IdNumber.normalCode(n, 0, n.length));
                lowerX += s.endsWith("x") ? 1 : 0;
            }
        }
        assertThat(lowerX).as("valid numbers ending in x among the inputs").isGreaterThan(RANDOM / 1000);
    }

    @Test
    void aDatePassesTheByteCheckOnlyWhenTheParserReadsItAndAlwaysInThePlainForms() {
        Random r = new Random(17);
        List<String> inputs = new ArrayList<>(List.of("2024-03-05", "2024/03/05", "2024.03.05", "20240305",
                "2024-03-05 14:30", "2024-03-05T14:30:00", "2024-03-05 24:00", "2024-03-05 25:00", "2024-03-05 14:60",
                "2024-03-05 14:30:61", "2024-03-05 14:30:00Z", "2023-02-29", "2024-02-29", "2100-02-29", "2000-02-29",
                "1799-12-31", "1800-01-01", "2199-12-31", "2200-01-01", "2024-13-01", "2024-00-10", "2024-03-00",
                "2024-04-31", "2024-3-5", "2024-03/05", "202403051", "20240305 ", " 2024-03-05", "20240305T1430",
                "20240305 14:30:00", "2024-03-05 14:30:0", "2024-03-05 14:3", "２０２４-03-05", "2024年3月5日", "", " ",
                // as Excel and people write them
                "2024/3/5", "2024/3/5 7:05", "2024/3/5 7:05:09", "2024-3-5 23:59", "2024.3.5", "2024/10/5 7:05",
                "2024/3/05 17:05", "2024/3/5 24:00", "2024/3/5 7:5", "2024/3/5 7:60", "2024/3/5 7:05:60", "2024/3-5",
                "2024/3/5T7:05", "2024/3/5  7:05", "2024/3/5 7:05 ", "2024/2/30", "2023/2/29", "2024/2/29", "2024/123/5",
                "2024/3/512", "2024//5", "2024/3/", "2024/0/5", "2024/3/0", "1799/12/31", "2024/3/5 007:05",
                // as databases write timestamps
                "2024-03-05 14:30:00.0", "2024-03-05 14:30:00.000", "2024-03-05T14:30:00.123456789",
                "2024-03-05 14:30:00.1234567890", "2024-03-05 14:30:00.", "2024-03-05 14:30.5", "2024/3/5 7:05:09.0",
                "2024-03-05 14:30:00.0Z", "2024-03-05 14:30:00,0", "20240305 14:30:00.5", "2024-03-05 14:30:00.x"));
        for (int i = 0; i < RANDOM; i++) {
            inputs.add(FastPathsTest.machineDate(r, x -> random(x, 1 + x.nextInt(4))));
            inputs.add(random(r, 6 + r.nextInt(14)));
            inputs.add(looseDate(r));
        }
        int plainAndRead = 0;
        for (String s : inputs) {
            boolean onBytes = onBytes(s, Dates::isPlainValid);
            boolean read = Dates.parse(s).isOk();
            if (onBytes) {
                assertThat(read).as("the byte check passed \"%s\", which the parser refuses", s).isTrue();
                byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                assertThat(Dates.plainDayKey(b, 0, b.length)).as("the day of \"%s\"", s)
                        .isEqualTo(Dates.dayKey(Dates.parse(s).value()));
            }
            boolean plainForm = s.matches("[0-9]{4}([-/.])[0-9]{2}\\1[0-9]{2}([ T][0-9]{2}:[0-9]{2}(:[0-9]{2})?)?")
                    || s.matches("[0-9]{8}([ T][0-9]{2}:[0-9]{2}(:[0-9]{2})?)?")
                    || s.matches("[0-9]{4}([-/.])[0-9]{1,2}\\1[0-9]{1,2}( ([01]?[0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?)?")
                    || s.matches("[0-9]{4}([-/.])[0-9]{2}\\1[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{1,9}")
                    || s.matches("[0-9]{4}([-/.])[0-9]{1,2}\\1[0-9]{1,2} ([01]?[0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]\\.[0-9]{1,9}");
            if (plainForm && read) {
                assertThat(onBytes).as("a plain date the parser reads must pass the byte check: \"%s\"", s).isTrue();
                plainAndRead++;
            }
        }
        assertThat(plainAndRead).as("plain dates among the inputs").isGreaterThan(RANDOM / 4);
    }

    /** A date as Excel and people write it, often valid, sometimes not (a month 13, an hour 24, a stray space). */
    private static String looseDate(Random r) {
        String sep = List.of("/", "-", ".").get(r.nextInt(3));
        StringBuilder sb = new StringBuilder().append(1990 + r.nextInt(40)).append(sep).append(1 + r.nextInt(13))
                .append(sep).append(r.nextInt(32));
        switch (r.nextInt(5)) {
            case 0 -> sb.append(' ').append(r.nextInt(25)).append(':').append(String.format("%02d", r.nextInt(61)));
            case 1 -> sb.append(' ').append(r.nextInt(24)).append(':').append(String.format("%02d", r.nextInt(60)))
                    .append(':').append(String.format("%02d", r.nextInt(61)));
            case 2 -> sb.append(r.nextBoolean() ? " " : "T").append(r.nextInt(10)).append(':').append(r.nextInt(10));
            case 3 -> sb.append(' ').append(r.nextInt(24)).append(':').append(String.format("%02d", r.nextInt(60)))
                    .append(':').append(String.format("%02d", r.nextInt(60))).append('.')
                    .append(String.valueOf(r.nextLong() & Long.MAX_VALUE), 0, r.nextInt(11));
            default -> { }
        }
        return sb.toString();
    }

    private static String random(Random r, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
