package io.xingzhi.core.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The parsers' fast paths (plain ASCII common forms read without the general path) give exactly
 * what the general path gives: the same value or the same failure reason, on every input. Each
 * parser is fed hand-picked edge cases, its common forms with random values (valid and invalid),
 * and random strings over an alphabet of the characters its general path folds, strips or refuses.
 */
class FastPathsTest {
    private static final int RANDOM = 20_000;
    /** Characters that the general paths treat specially, and ordinary ones around them. */
    private static final String ALPHABET = "0123456789０１２３４５６７８９ \u3000\t\u00A0\uFEFF-/.:T年月日号xX"
            + "ｘＸ张張李·•．.元万全部人民币¥，,+Z";

    /**
     * A date in one of the machine forms ({@code 2024-03-05}, with / or . or none between), its fields
     * random (valid and not), then nothing, a time (valid or not) or {@code noise}.
     */
    static String machineDate(Random r, Function<Random, String> noise) {
        String sep = String.valueOf("-/.-".charAt(r.nextInt(4)));
        String date = String.format("%04d%s%02d%s%02d", 1790 + r.nextInt(420), sep, r.nextInt(14), sep, r.nextInt(33));
        if (r.nextInt(4) == 0) {
            date = date.replace(sep, "");
        }
        String time = switch (r.nextInt(5)) {
            case 0 -> "";
            case 1 -> String.format(" %02d:%02d", r.nextInt(26), r.nextInt(62));
            case 2 -> String.format("T%02d:%02d:%02d", r.nextInt(26), r.nextInt(62), r.nextInt(62));
            case 3 -> String.format(" %02d:%02d:%02d", r.nextInt(24), r.nextInt(60), r.nextInt(61));
            default -> noise.apply(r);
        };
        return date + time;
    }

    @Test
    void datesParseTheSameOnTheFastPathAsOnTheGeneralOne() {
        Random r = new Random(11);
        List<String> inputs = new ArrayList<>(List.of("2024-03-05", "2024/03/05", "2024.03.05", "20240305",
                "2024-03-05 14:30", "2024-03-05T14:30:00", "2024-03-05 24:00", "2024-03-05 25:00", "2024-03-05 14:60",
                "2024-03-05 14:30:61", "2024-03-05 14:30:00Z", "2024-03-05T22:15:09+0800", "2023-02-29", "2024-02-29",
                "1799-12-31", "2200-01-01", "2024-13-01", "2024-00-10", "2024-03-00", "2024-3-5", "2024-03/05",
                "202403051", "20240305 ", " 2024-03-05", "2024-03-05 14:30:00,123", "20170201122345", "２０２４-03-05",
                "2024-03-05 下午2:30", "2024年3月5日", "", " ", "2024-03-05 14:3", "2024-03-05 14:30:0"));
        for (int i = 0; i < RANDOM; i++) {
            inputs.add(machineDate(r, x -> randomText(x, 4)));
            inputs.add(randomText(r, 12));
        }
        assertSame(inputs, Dates::parse, Dates::parseGeneral);
    }

    @Test
    void identityNumbersParseTheSameOnTheFastPathAsOnTheGeneralOne() {
        Random r = new Random(12);
        List<String> inputs = new ArrayList<>(List.of("11010519491231002X", "11010519491231002x", "110105194912310021",
                "11010519491231002", "1101051949123100211", "000000000000000000", "111111111111111111",
                "99010519491231002X", "11010517991231002X", "11010519490231002X", "110105491231002", "11010519491231002Y",
                " 11010519491231002X", "11010519491231002X ", "１１０１０５１９４９１２３１００２Ｘ", "", "  ",
                "11010519491231002Ｘ", "11010519491231002ｘ", "11010519491231002１", "21060319781015089９"));
        for (int i = 0; i < RANDOM; i++) {
            StringBuilder body = new StringBuilder();
            body.append(10 + r.nextInt(80));
            body.append(String.format("%04d", 100000 + r.nextInt(900000)).substring(0, 4));
            body.append(String.format("%04d%02d%02d", 1790 + r.nextInt(240), r.nextInt(14), r.nextInt(33)));
            body.append(String.format("%03d", r.nextInt(1000)));
            String b = body.substring(0, 17);
            char check = r.nextInt(3) == 0 ? "0123456789Xx".charAt(r.nextInt(12)) : IdNumber.checkCharacter(b);
            inputs.add(b + check);
            inputs.add(b + (char) (check - '!' + '！')); // the check character typed full-width
            inputs.add(b.substring(0, 6) + b.substring(8, 17));
            inputs.add(randomText(r, 20));
        }
        assertSame(inputs, IdNumber::parse, IdNumber::parseGeneral);
        for (String in : inputs) {
            assertThat(IdNumber.normalisedOrNull(in)).as("\"%s\"", in)
                    .isEqualTo(IdNumber.parseGeneral(in).toOptional().map(IdNumber::value).orElse(null));
        }
    }

    @Test
    void amountsParseTheSameOnTheFastPathAsOnTheGeneralOne() {
        Random r = new Random(13);
        List<String> inputs = new ArrayList<>(List.of("0", "00", "007", "50000", "50000.00", "1.5", "999999999999999",
                "1000000000000000", "9999999999999999999", "-5", "5万", "全部", "50,000", " 50000", "50000 ", "５００００",
                "", " ", "+5"));
        for (int i = 0; i < RANDOM; i++) {
            inputs.add(Long.toString(Math.abs(r.nextLong()) % (long) Math.pow(10, 1 + r.nextInt(17))));
            inputs.add("0".repeat(r.nextInt(2)) + r.nextInt(100000));
            inputs.add(randomText(r, 8));
        }
        assertSame(inputs, Amount::parse, Amount::parseGeneral);
    }

    @Test
    void namesParseTheSameOnTheFastPathAsOnTheGeneralOne() {
        Random r = new Random(14);
        List<String> inputs = new ArrayList<>(List.of("张三", "張三", "买买提·吐尔逊", "买买提.吐尔逊", "买买提··吐尔逊", "张 三",
                " 张三", "张三\u3000", "ＡＢＣ", "Abc", "张昇", "刘乾", "鉅", "麴", "𠀀张", "·", "", " ", "\uFEFF张三", "张\u200B三"));
        String cjk = "张王李赵刘陈杨黄周吴張劉陳楊黃週吳乾昇鉅麴";
        for (int i = 0; i < RANDOM; i++) {
            StringBuilder name = new StringBuilder();
            for (int k = 1 + r.nextInt(4); k > 0; k--) {
                name.append(cjk.charAt(r.nextInt(cjk.length())));
            }
            inputs.add(name.toString());
            inputs.add(randomText(r, 6));
        }
        assertSame(inputs, PersonName::parse, PersonName::parseGeneral);
    }

    @Test
    void theSpaceTableAgreesWithItsDefinitionForEveryCharacter() {
        for (int c = 0; c < 0x10000; c++) {
            assertThat(Texts.isSpace((char) c)).as("U+%04X", c).isEqualTo(Texts.spaceByDefinition((char) c));
        }
    }

    /** Every input parses the same both ways, and both outcomes (read, refused) occur often. */
    private static <T> void assertSame(List<String> inputs, Function<String, Parsed<T>> fast,
                                       Function<String, Parsed<T>> general) {
        int ok = 0;
        for (String in : inputs) {
            Parsed<T> a = fast.apply(in);
            assertThat(a).as("\"%s\"", in).isEqualTo(general.apply(in));
            ok += a.isOk() ? 1 : 0;
        }
        assertThat(ok).as("inputs read").isGreaterThan(inputs.size() / 10);
        assertThat(inputs.size() - ok).as("inputs refused").isGreaterThan(inputs.size() / 100);
    }

    private static String randomText(Random r, int maxLength) {
        StringBuilder b = new StringBuilder();
        for (int k = r.nextInt(maxLength + 1); k > 0; k--) {
            b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
