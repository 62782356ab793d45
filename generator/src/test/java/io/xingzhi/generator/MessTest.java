package io.xingzhi.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every messy form is one CONTRACT.md §2 lists, and reads back to the value it was made from. */
class MessTest {
    private final Mess mess = new Mess();

    MessTest() {
        mess.use(new SplittableRandom(5));
    }

    @Test
    void datesComeInEveryAcceptedForm() {
        LocalDate d = LocalDate.of(2024, 3, 5);
        Set<String> forms = new TreeSet<>();
        for (int i = 0; i < 2000; i++) {
            forms.add(mess.date(d).replaceAll(" \\d{2}:\\d{2}:\\d{2}$", " HH:mm:ss"));
        }
        assertThat(forms).containsExactlyInAnyOrder("2024-03-05", "2024/3/5", "2024.3.5", "20240305", "2024年3月5日",
                "2024-03-05 HH:mm:ss");
    }

    @Test
    void dateTimesKeepTheirDay() {
        LocalDateTime t = LocalDateTime.of(2023, 11, 9, 7, 5, 3);
        for (int i = 0; i < 500; i++) {
            assertThat(mess.dateTime(t)).matches("(2023-11-09|2023/11/9|2023\\.11\\.9|20231109|2023年11月9日)( 07:05:03)?");
        }
    }

    @Test
    void amountsComeInAcceptedFormsOfTheSameValue() {
        Set<String> forms = new TreeSet<>();
        for (int i = 0; i < 3000; i++) {
            forms.add(mess.amount(50000));
        }
        assertThat(forms).containsExactlyInAnyOrder("50000", "50,000", "50000.00", "5万", "5万元", "￥50000",
                "人民币伍万元", "人民币五万元", "50,000元");
    }

    @Test
    void identityNumbersKeepTheirDigits() {
        String id = "21068119731003249X";
        Set<String> forms = new TreeSet<>();
        for (int i = 0; i < 3000; i++) {
            forms.add(mess.id(id));
        }
        assertThat(forms).contains(id, "21068119731003249x", "210681731003249", "２１０６８１１９７３１００３２４９X",
                "210681 19731003 249X", " 21068119731003249X ", "210681-19731003-249X");
    }

    @Test
    void namesKeepTheirCharactersUpToAcceptedVariants() {
        Set<String> forms = new TreeSet<>();
        for (int i = 0; i < 3000; i++) {
            forms.add(mess.name("张伟"));
        }
        assertThat(forms).containsExactlyInAnyOrder("张伟", "张　伟", "张 伟", "張偉");
        Set<String> dots = new TreeSet<>();
        for (int i = 0; i < 3000; i++) {
            dots.add(mess.name("买买提·艾力"));
        }
        assertThat(dots).contains("买买提·艾力", "买买提•艾力", "买买提・艾力", "买买提.艾力", "买买提．艾力");
    }

    @Test
    void caseNumbersVaryOnlyInBracketsAndSpaces() {
        for (int i = 0; i < 500; i++) {
            String c = mess.caseNumber("(2023)辽0682刑初12号");
            assertThat(c.replaceAll("[()（）〔〕\\[\\] ]", "")).isEqualTo("2023辽0682刑初12号");
        }
    }

    @Test
    void aCleanMessWritesEveryValueInItsOneCanonicalForm() {
        Mess clean = new Mess(true);
        clean.use(new SplittableRandom(5));
        for (int i = 0; i < 200; i++) {
            assertThat(clean.date(LocalDate.of(2024, 3, 5))).isEqualTo("2024-03-05");
            assertThat(clean.dateTime(LocalDateTime.of(2023, 11, 9, 7, 5, 3))).isEqualTo("2023-11-09 07:05:03");
            assertThat(clean.id("21068119731003249X")).isEqualTo("21068119731003249X");
            assertThat(clean.name("买买提·艾力")).isEqualTo("买买提·艾力");
            assertThat(clean.amount(50000)).isEqualTo("50000");
            assertThat(clean.amount(0)).isEqualTo("0");
            assertThat(clean.months(42)).isEqualTo("42");
            assertThat(clean.dpr(Facts.LIFE)).isEqualTo("终身");
            assertThat(clean.caseNumber("(2023)辽0682刑初12号")).isEqualTo("(2023)辽0682刑初12号");
        }
        assertThat(clean.date(null)).isEmpty();
        assertThat(clean.caseNumber(null)).isEmpty();
    }
}
