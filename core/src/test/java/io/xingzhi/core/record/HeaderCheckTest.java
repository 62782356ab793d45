package io.xingzhi.core.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A header is checked once for its source: unknown columns with the name they most likely meant, required fields, data for a header. */
class HeaderCheckTest {
    final RecordMapper mapper = RecordMapper.standard();

    @Test
    void theRequiredFieldsOfEachDatasetAreThoseTheMapperRequires() {
        assertThat(RecordMapper.requiredFields(Dataset.CUSTODY)).containsExactly("admitted_on");
        assertThat(RecordMapper.requiredFields(Dataset.JUDGMENTS)).containsExactly("effective_date");
        assertThat(RecordMapper.requiredFields(Dataset.ACTIVITIES)).containsExactly("occurred_on");
    }

    @Test
    void aRenamedRequiredColumnIsMissingAndItsNewNameIsUnknownWithTheNearestKnownName() {
        HeaderCheck c = mapper.check(Dataset.CUSTODY, "custody.csv", List.of("姓名", "身份证号", "看守所", "入所时间", "出所日期"));

        assertThat(c.usable()).isFalse();
        assertThat(c.missingRequired()).containsExactly("admitted_on（入所日期/收押日期）");
        assertThat(c.unknown()).containsExactly("入所时间（是否为 入所日期 admitted_on？）");
        assertThat(c.reason()).startsWith("表头缺少必需字段 admitted_on（入所日期/收押日期）；未识别的列：入所时间")
                .contains("(the header lacks the required field(s) admitted_on");
    }

    @Test
    void englishNamesAreSuggestedToo() {
        HeaderCheck c = mapper.check(Dataset.CUSTODY, "custody.csv", List.of("name", "id_number", "admited_on", "remarks"));
        assertThat(c.unknown()).containsExactly("admited_on（是否为 admitted_on？）", "remarks");
        assertThat(c.usable()).isFalse();
    }

    @Test
    void aHeaderSeparatedByTabsOrSemicolonsSaysSoFirst() {
        HeaderCheck tabs = mapper.check(Dataset.CUSTODY, "custody.csv", List.of("姓名\t身份证号\t入所日期"));
        assertThat(tabs.otherSeparator()).contains('\t');
        assertThat(tabs.englishReason()).startsWith("the file is not comma-separated: its header seems separated by tabs; "
                + "save it as CSV (comma-separated); the header lacks");
        HeaderCheck semicolons = mapper.check(Dataset.JUDGMENTS, "judgments.csv", List.of("name;id_number;effective_date", "x"));
        assertThat(semicolons.chineseReason()).startsWith("文件不是以逗号分隔的：表头看起来以分号分隔，请另存为逗号分隔的 CSV 文件；");
        assertThat(mapper.check(Dataset.CUSTODY, "custody.csv", List.of("姓名", "身份证号", "入所日期", "备注;说明;其他"))
                .otherSeparator()).as("a usable header is not second-guessed").isEmpty();
    }

    @Test
    void aHeaderOfDataIsNoHeader() {
        HeaderCheck c = mapper.check(Dataset.CUSTODY, "custody.csv", List.of("张三", "210682198001011237", "凤城市看守所", "2023-06-06"));
        assertThat(c.looksLikeData()).isTrue();
        assertThat(c.reason()).startsWith("文件没有表头行");
    }

    @Test
    void aGoodHeaderWithAnExtraColumnIsUsableAndNamesTheColumn() {
        HeaderCheck c = mapper.check(Dataset.CUSTODY, "custody.csv", List.of("姓名", "身份证号", "入所日期", "备注"));
        assertThat(c.usable()).isTrue();
        assertThat(c.unknown()).containsExactly("备注");
        assertThat(c.reason()).isEmpty();
    }

    @Test
    void aDatasetIsRecognisedByItsHeadersOnlyWhenTheyClearlyNameOne() {
        HeaderAliases a = HeaderAliases.standard();
        assertThat(a.recognise(List.of("姓名", "身份证号", "看守所", "案号", "入所日期", "出所日期", "出所原因"))).contains(Dataset.CUSTODY);
        assertThat(a.recognise(List.of("name", "id_number", "occurred_on", "venue_name", "category"))).contains(Dataset.ACTIVITIES);
        assertThat(a.recognise(List.of("姓名", "身份证号", "案号"))).as("identity and a shared field name nothing").isEmpty();
        assertThat(a.recognise(List.of("序号", "备注"))).isEmpty();
    }
}
