package io.xingzhi.core.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "２０２４年３月５日|2024年3月5日",
        "ＡＢＣｘｙｚ|ABCxyz",
        "（２０２４）辽０６８２刑初１２３号|(2024)辽0682刑初123号",
        "'\u3000张三\u3000'|张三",
        "'\uFEFF 50,000 '|50,000",
        "，；：．|,;:.",
        "￥５００|¥500",
        "﹝２０２４﹞|〔2024〕",
        "〇一二三 張三 〔〕【】|〇一二三 張三 〔〕【】",
    })
    void foldWidthFoldsFullWidthFormsAndKeepsCjk(String raw, String folded) {
        assertThat(Texts.foldWidth(raw)).isEqualTo(folded);
    }

    @Test
    void foldWidthOfNullIsEmpty() {
        assertThat(Texts.foldWidth(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"張三,张三", "鄧靜萍,邓静萍", "向帥敏,向帅敏", "歐陽,欧阳", "张三,张三", "abc,abc"})
    void toSimplifiedConvertsTraditionalCharacters(String raw, String simplified) {
        assertThat(Texts.toSimplified(raw)).isEqualTo(simplified);
    }

    @ParameterizedTest
    @CsvSource({"峯,峰", "淩,凌", "璿,璇", "嫺,娴", "嶽,岳", "儁,俊", "査,查", "判處有期徒刑,判处有期徒刑",
        "並處罰金人民幣五萬元,并处罚金人民币五万元", "鉅,钜", "麴,麹"})
    void toSimplifiedFollowsOpenCcsCharacterTable(String raw, String simplified) {
        assertThat(Texts.toSimplified(raw)).isEqualTo(simplified);
    }

    @ParameterizedTest
    @ValueSource(strings = {"昇", "乾", "陞", "於", "徵", "夥", "吒", "祕", "剋", "脩", "蒐", "釐", "甯", "甦", "麽"})
    void aCharacterTheTableAlsoKeepsAsItselfStaysAsWritten(String standard) {
        assertThat(Texts.toSimplified(standard)).isEqualTo(standard);
    }

    @Test
    void everyCharacterOfTheTableBecomesItsFirstCandidateUnlessItIsItsOwnCandidate() throws Exception {
        try (var in = Texts.class.getResourceAsStream(Texts.TABLE)) {
            assertThat(in).isNotNull();
            String table = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(table).contains("# License: Apache-2.0").contains("乾\t干 乾").contains("昇\t升 昇")
                    .contains("峯\t峰").contains("璿\t璇");
            for (String line : table.split("\n")) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String key = line.substring(0, line.indexOf('\t'));
                List<String> candidates = List.of(line.substring(line.indexOf('\t') + 1).trim().split(" "));
                String converted = Texts.toSimplified(key);
                if (converted.equals("钜") || converted.equals("麹")) {
                    continue;
                }
                assertThat(converted).as(line).isEqualTo(candidates.contains(key) ? key : candidates.get(0));
            }
        }
    }

    @Test
    void compatibilityIdeographsAreTheirUnifiedCharacter() {
        assertThat(Texts.toSimplified("\uF900")).isEqualTo("岂"); // 豈 (compatibility) → 豈 → 岂
        assertThat(Texts.toSimplified("\uF9DC")).isEqualTo("隆");
    }

    @Test
    void charactersOutsideTheBasicPlaneAreConvertedToo() {
        assertThat(Texts.toSimplified("𠁞")).isEqualTo("𠀾");
        assertThat(Texts.toSimplified("张𠀾三")).isEqualTo("张𠀾三");
        assertThat(Texts.toSimplified("張𠁞三")).isEqualTo("张𠀾三");
    }

    @Test
    void textThatNeedsNoConversionIsReturnedAsIs() {
        String simplified = "判处有期徒刑三年，并处罚金人民币五万元";
        assertThat(Texts.toSimplified(simplified)).isSameAs(simplified);
    }

    @Test
    void toSimplifiedIsSafeFromManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> Texts.toSimplified("張三鄧靜萍歐陽")));
            }
            for (Future<String> f : results) {
                assertThat(f.get()).isEqualTo("张三邓静萍欧阳");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "210603197810150899|[identity-number-like]",
        "身份证 11010519491231002x 有误|身份证 [identity-number-like] 有误",
        "110105 19491231 002X|[identity-number-like]",
        "210682850715001|[identity-number-like]",
        "2024-03-05|2024-03-05",
        // separators a spreadsheet or a keyboard puts between the digits: no-break, ideographic and zero-width
        // spaces, a word joiner, full-width hyphens, middle dots (as PersonalData reads one number)
        "210102\u00A019630821\u00A09872|[identity-number-like]",
        "210102\u3000196308219872|[identity-number-like]",
        "2101\u200B02196308219872|[identity-number-like]",
        "210\u2060102196308219872|[identity-number-like]",
        "210102－19630821－9872|[identity-number-like]",
        "210102·196308219872|[identity-number-like]",
        "２１０１０２\u3000１９６３０８２１９８７Ｘ|[identity-number-like]",
        "2024.01.01-2024.06.30|2024.01.01-2024.06.30",
    })
    void forMessageHidesIdentityNumbers(String raw, String shown) {
        assertThat(Texts.forMessage(raw)).isEqualTo(shown);
    }

    @Test
    void forMessageCutsLongValues() {
        assertThat(Texts.forMessage("字".repeat(100))).hasSize(61).endsWith("…");
    }

    @Test
    void blankIncludesIdeographicSpaceAndBom() {
        assertThat(Texts.isBlank(null)).isTrue();
        assertThat(Texts.isBlank(" \u3000\t\uFEFF")).isTrue();
        assertThat(Texts.isBlank(" 张 ")).isFalse();
        assertThat(Texts.removeSpaces(" 张\u3000三 ")).isEqualTo("张三");
    }

    /** The quick look before {@code forMessage}'s expression takes every character the expression's classes take. */
    @Test
    void theCharactersAnIdLikeRunIsMadeOfAreTheExpressionsOwn() {
        java.util.regex.Pattern any = java.util.regex.Pattern.compile("[0-9０-９xXｘＸ" + PersonalData.GAP_CHARACTERS
                + PersonalData.MARK_CHARACTERS + "]");
        StringBuilder differ = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (any.matcher(String.valueOf(c)).matches() != Texts.IdLikeCharacters.IN[c]) {
                differ.append(String.format("U+%04X ", (int) c));
            }
        }
        assertThat(differ.toString()).isEmpty();
    }

    @Test
    void aValueWithoutFifteenSuchCharactersInARowIsQuotedAsItIsAndOneWithThemStillMasked() {
        assertThat(Texts.forMessage("2023-22-23 16:14:47")).isEqualTo("2023-22-23 16:14:47");
        assertThat(Texts.forMessage("身份证 210682 1980 0101 1234")).isEqualTo("身份证 [identity-number-like]");
        java.util.regex.Pattern idLike = java.util.regex.Pattern.compile("[0-9０-９][0-9０-９" + PersonalData.GAP_CHARACTERS
                + PersonalData.MARK_CHARACTERS + "]{13,}[0-9０-９xXｘＸ]");
        java.util.Random random = new java.util.Random(8);
        String alphabet = "0123456789X -·:年\u3000";
        for (int n = 0; n < 100_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String raw = b.toString();
            assertThat(!Texts.mayHoldIdLike(raw) && idLike.matcher(raw).find()).as("passed over but id-like: %s", raw).isFalse();
        }
    }
}
