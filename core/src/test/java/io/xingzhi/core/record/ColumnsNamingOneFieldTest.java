package io.xingzhi.core.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.value.CaseNumber;
import io.xingzhi.core.value.IdNumber;
import org.junit.jupiter.api.Test;

/**
 * A header that names one field twice, under two of its names (an export joining two systems: a
 * commutation export with the ruling's own {@code 案号} beside the {@code 原判案号}; {@code 身份证号} beside
 * {@code 证件号码}). When both columns hold a value and the values differ, which one is right cannot be
 * known: the row is rejected with a reason naming the field and both columns, instead of the first
 * column silently winning. The same value written in two forms, or one column blank, is no conflict.
 */
class ColumnsNamingOneFieldTest {
    private static final String BODY = "21068219800101123";
    private static final String ID = BODY + IdNumber.checkCharacter(BODY);
    private static final String OTHER_BODY = "21068219800101124";
    private static final String OTHER_ID = OTHER_BODY + IdNumber.checkCharacter(OTHER_BODY);
    private final RecordMapper mapper = RecordMapper.standard();

    private static RawRow row(Dataset d, String... kv) {
        String[] headers = new String[kv.length / 2];
        String[] values = new String[kv.length / 2];
        for (int i = 0; i < kv.length; i += 2) {
            headers[i / 2] = kv[i];
            values[i / 2] = kv[i + 1];
        }
        return RawRow.of(new SourceRef(d, d.fileStem() + ".csv", 7), headers, values, headers.length);
    }

    @Test
    void twoCaseNumberColumnsThatDisagreeRejectTheRowNamingBoth() {
        MappingResult r = mapper.map(row(Dataset.COMMUTATIONS, "姓名", "张三", "身份证号", ID,
                "案号", "(2024)辽06刑更1号", "原判案号", "(2020)辽0681刑初61号", "裁定类型", "假释", "裁定日期", "2024-01-06"));
        assertThat(r).isInstanceOf(MappingResult.Rejected.class);
        String reason = ((MappingResult.Rejected) r).rejection().reason();
        assertThat(reason).startsWith("case_number: ").contains("案号 \"(2024)辽06刑更1号\"", "原判案号 \"(2020)辽0681刑初61号\"");
    }

    @Test
    void twoColumnsGivingOneValueInTwoFormsOrOneBlankAreRead() {
        MappingResult r = mapper.map(row(Dataset.COMMUTATIONS, "姓名", "张三", "身份证号", ID, "证件号码", ID.substring(0, 6) + " " + ID.substring(6),
                "案号", "(2020)辽0681刑初61号", "原判案号", "〔2020〕辽0681刑初61号", "裁定类型", "假释",
                "裁定日期", "2024-01-06", "ruling_date", "2024年1月6日", "裁定法院", "丹东市中级人民法院", "court", ""));
        assertThat(r).isInstanceOf(MappingResult.Accepted.class);
        Commutation c = (Commutation) ((MappingResult.Accepted) r).record();
        assertThat(c.caseNumber()).contains(CaseNumber.parse("(2020)辽0681刑初61号").value());
        assertThat(c.rulingDate()).hasToString("2024-01-06");
    }

    @Test
    void twoDateColumnsThatDisagreeRejectTheRow() {
        MappingResult r = mapper.map(row(Dataset.JUDGMENTS, "姓名", "张三", "身份证号", ID, "案号", "(2024)辽0681刑初1号",
                "生效日期", "2024-03-05", "判决生效日期", "2024-03-15", "主刑", "有期徒刑", "刑期", "36"));
        assertThat(r).isInstanceOf(MappingResult.Rejected.class);
        assertThat(((MappingResult.Rejected) r).rejection().reason()).startsWith("effective_date: ")
                .contains("生效日期 \"2024-03-05\"", "判决生效日期 \"2024-03-15\"");
    }

    @Test
    void twoIdentityNumberColumnsThatDisagreeRejectTheRow() {
        MappingResult r = mapper.map(row(Dataset.CUSTODY, "姓名", "张三", "身份证号", ID, "证件号码", OTHER_ID, "入所日期", "2024-03-05"));
        assertThat(r).isInstanceOf(MappingResult.Rejected.class);
        assertThat(((MappingResult.Rejected) r).rejection().reason()).startsWith("id_number: ");
    }

    @Test
    void twoTextColumnsThatDisagreeRejectTheRowAndAStreamedRowIsCheckedTheSameWay() {
        RawRow activity = row(Dataset.ACTIVITIES, "姓名", "张三", "身份证号", ID, "发生时间", "2024-03-05 10:00:00",
                "场所名称", "蓝调酒吧", "单位名称", "星际网吧");
        MappingResult r = mapper.map(activity);
        assertThat(r).isInstanceOf(MappingResult.Rejected.class);
        assertThat(((MappingResult.Rejected) r).rejection().reason()).startsWith("venue_name: ");
        // an activity of a number nobody watches is only checked: it gets the same rejection
        assertThat(mapper.mapIfWatched(activity, n -> false)).contains(r);
    }
}
