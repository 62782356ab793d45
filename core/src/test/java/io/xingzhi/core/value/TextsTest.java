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
}
