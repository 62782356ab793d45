package io.xingzhi.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.record.AgencyRecord;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.MappingResult;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.RecordMapper;
import io.xingzhi.core.record.SourceRef;
import io.xingzhi.core.value.CaseNumber;
import io.xingzhi.core.value.IdNumber;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** CONTRACT.md §4 possible_matches: the records of another agency that nearly match a person, with the reason. */
class NearMissIndexTest {
    private static final String BODY = "21060319910519348";
    private static final String ID = valid(BODY);
    private static final String CASE = "(2024)辽0602刑初108号";
    private final RecordMapper mapper = RecordMapper.standard();
    private final List<AgencyRecord> records = new ArrayList<>();
    private int line = 2;

    private static String valid(String body) {
        return body + IdNumber.checkCharacter(body);
    }

    /** The body with one digit changed at {@code i}. */
    private static String substituted(int i) {
        char[] c = BODY.toCharArray();
        c[i] = c[i] == '9' ? '8' : (char) (c[i] + 1);
        return new String(c);
    }

    private AgencyRecord add(Dataset d, String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        AgencyRecord r = ((MappingResult.Accepted) mapper.map(new RawRow(new SourceRef(d, d.fileStem() + ".csv", line++), m))).record();
        records.add(r);
        return r;
    }

    private AgencyRecord correction(String name, String id, String birth, String caseNumber) {
        return add(Dataset.CORRECTIONS, "姓名", name, "身份证号", id, "出生日期", birth, "案号", caseNumber, "矫正起日", "2024-05-09");
    }

    private List<NearMissIndex.NearMiss> near() {
        add(Dataset.JUDGMENTS, "姓名", "潘宁勇", "身份证号", ID, "案号", CASE, "生效日期", "2024-05-01", "主刑", "有期徒刑", "刑期", "12",
                "缓刑考验期", "24");
        IdentityResolver.Resolution r = IdentityResolver.resolve(records);
        Person p = r.persons().stream().filter(x -> x.key().equals(ID)).findFirst().orElseThrow();
        return NearMissIndex.of(r.persons(), r.unresolved(), Set.of(Dataset.CORRECTIONS))
                .near(p, Dataset.CORRECTIONS, Optional.of(CaseNumber.parse(CASE).value()));
    }

    @Test
    void oneDigitReplacedWithTheCheckDigitRecomputedAndTheSameNameAndBirthDate() {
        AgencyRecord r = correction("潘宁勇", valid(substituted(15)), "", "");
        assertThat(near()).singleElement().satisfies(m -> {
            assertThat(m.record()).isEqualTo(r);
            assertThat(m.reason()).isEqualTo("同名同出生日期；身份证号顺序码一位不同（校验码有效）");
        });
    }

    @Test
    void oneDigitReplacedWithTheCheckDigitFailingIsNotAnIdentityButStillANearMiss() {
        String body = substituted(2);
        char wrong = IdNumber.checkCharacter(body) == '0' ? '1' : '0';
        correction("潘宁勇", body + wrong, "", "");
        assertThat(near()).singleElement().satisfies(m ->
                assertThat(m.reason()).isEqualTo("同名；身份证号地址码一位不同（校验码不符，非有效身份证号）"));
    }

    @Test
    void twoAdjacentDigitsSwapped() {
        String swapped = BODY.substring(0, 14) + BODY.charAt(15) + BODY.charAt(14) + BODY.charAt(16);
        correction("潘宁勇", valid(swapped), "", "");
        assertThat(near()).singleElement().satisfies(m -> assertThat(m.reason()).contains("顺序码相邻两位颠倒"));
    }

    @Test
    void aFifteenDigitNumberUpgradedWithTheWrongCenturyIsANearMiss() {
        String century = BODY.substring(0, 6) + "20" + BODY.substring(8);
        correction("潘宁勇", valid(century), "", "");
        assertThat(near()).singleElement().satisfies(m -> assertThat(m.reason()).contains("出生年份世纪不同"));
    }

    @Test
    void theSameBodyWithAWrongCheckDigitIsANearMiss() {
        char wrong = IdNumber.checkCharacter(BODY) == '0' ? '1' : '0';
        correction("潘宁勇", BODY + wrong, "", "");
        assertThat(near()).singleElement().satisfies(m -> assertThat(m.reason()).contains("仅校验码不同"));
    }

    @Test
    void sameNameAndBirthDateUnderAnotherNumberAndTheSameCaseNumber() {
        correction("潘宁勇", valid("21021119910519777"), "", "");
        correction("袁林洋", "210211198712036323", "", "（2024）辽0602刑初108号");
        assertThat(near()).extracting(NearMissIndex.NearMiss::reason).containsExactly("同名同出生日期", "同一案号");
    }

    @Test
    void aRecordWithoutANumberWithTheSameNameAndBirthDateIsLinkedNotANearMiss() {
        correction("潘宁勇", "", "1991-05-19", "");
        assertThat(near()).isEmpty();
    }

    @Test
    void twoDigitsReplacedIsTooFarAndTheSameNameAloneIsNotEnough() {
        char[] c = substituted(3).toCharArray();
        c[10] = c[10] == '9' ? '8' : (char) (c[10] + 1);
        correction("张三", valid(new String(c)), "", "");
        correction("潘宁勇", "", "", "");
        assertThat(near()).isEmpty();
    }

    @Test
    void aRecordOfAnotherPersonWithAJudgmentIsThatPersonsAndNeverOffered() {
        // a co-defendant in the same case, with the correction record that is hers
        String other = valid("21060219750505432");
        add(Dataset.JUDGMENTS, "姓名", "李四", "身份证号", other, "案号", CASE, "生效日期", "2024-05-01", "主刑", "管制", "刑期", "12");
        correction("李四", other, "", CASE);
        assertThat(near()).isEmpty();
    }

    @Test
    void thePersonsOwnRecordIsLinkedNotANearMiss() {
        correction("潘宁勇", ID, "", CASE);
        assertThat(near()).isEmpty();
    }

    @Test
    void everyOneEditVariantIsLookedUpAndNothingElse() {
        List<String> v = java.util.Arrays.stream(NearMissIndex.variants(Long.parseLong(BODY)))
                .mapToObj(x -> String.format("%017d", x)).toList();
        assertThat(v).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(oneEditVariants(BODY));
        assertThat(v).allSatisfy(x -> assertThat(NearMissIndex.numberRelation(BODY, x)).isPresent());
    }

    @Test
    void variantsOfABodyWithALeadingZeroKeepTheirSeventeenDigits() {
        String body = "02000519910519348";
        List<String> v = java.util.Arrays.stream(NearMissIndex.variants(Long.parseLong(body)))
                .mapToObj(x -> String.format("%017d", x)).toList();
        assertThat(v).containsExactlyInAnyOrderElementsOf(oneEditVariants(body));
    }

    /** The variants written out on strings: the body, each digit replaced, each unequal adjacent pair swapped, the other century. */
    private static java.util.Set<String> oneEditVariants(String body) {
        java.util.Set<String> out = new java.util.HashSet<>();
        out.add(body);
        for (int i = 0; i < 17; i++) {
            for (char d = '0'; d <= '9'; d++) {
                out.add(body.substring(0, i) + d + body.substring(i + 1));
            }
            if (i < 16) {
                out.add(body.substring(0, i) + body.charAt(i + 1) + body.charAt(i) + body.substring(i + 2));
            }
        }
        String century = body.substring(6, 8);
        if (century.equals("19") || century.equals("20")) {
            out.add(body.substring(0, 6) + (century.equals("19") ? "20" : "19") + body.substring(8));
        }
        return out;
    }
}
