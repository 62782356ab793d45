package io.xingzhi.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.HeaderAliases;
import io.xingzhi.core.supervision.KeywordGroup;
import io.xingzhi.core.supervision.Parameters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {
    @TempDir
    Path dir;

    private static ConfigFile parse(String json) {
        return ConfigFile.parse(json, "config.json");
    }

    @Test
    void anEmptyObjectGivesTheLawDefaults() {
        ConfigFile c = parse("{}");
        assertThat(c.parameters()).isEqualTo(Parameters.defaults());
        assertThat(c.headerAliases()).isEmpty();
        assertThat(ConfigFile.defaults()).isEqualTo(c);
    }

    @Test
    void theProcuratorateAndTheDocumentNumberPrefixAreRead() {
        ConfigFile c = parse("""
                {"procuratorate": " 凤城市人民检察院 ", "document_number_prefix": "凤检刑执"}""");
        assertThat(c.procuratorate()).contains("凤城市人民检察院");
        assertThat(c.documentNumberPrefix()).contains("凤检刑执");
        assertThat(parse("{}").procuratorate()).isEmpty();
        assertThatThrownBy(() -> parse("{\"procuratorate\": \" \"}")).isInstanceOf(XingzhiException.class)
                .hasMessageContaining("\"procuratorate\" must be a non-blank string");
        assertThatThrownBy(() -> parse("{\"document_number_prefix\": 7}")).isInstanceOf(XingzhiException.class)
                .hasMessageContaining("document_number_prefix");
    }

    @Test
    void everyThresholdIsRead() {
        ConfigFile c = parse("""
                {"delivery_deadline": "ONE_MONTH", "dpr_registration_grace_days": 45,
                 "correction_report_grace_days": 10, "transfer_grace_days": 0, "boundary_days": 5}""");
        Parameters p = c.parameters();
        assertThat(p.deliveryDeadline()).isEqualTo(Parameters.DeliveryDeadline.ONE_MONTH);
        assertThat(p.dprRegistrationGraceDays()).isEqualTo(45);
        assertThat(p.correctionReportGraceDays()).isEqualTo(10);
        assertThat(p.transferGraceDays()).isZero();
        assertThat(p.boundaryDays()).isEqualTo(5);
        assertThat(p.keywordGroups()).isEqualTo(KeywordGroup.defaults());
    }

    @Test
    void missingKeysKeepTheirDefaults() {
        Parameters p = parse("{\"boundary_days\": 3}").parameters();
        assertThat(p).isEqualTo(Parameters.defaults().withBoundaryDays(3));
    }

    @Test
    void extraKeywordGroupsAreAppendedToTheDefaults() {
        Parameters p = parse("""
                {"keyword_groups": [
                   {"name": "赌博", "triggers": ["赌博", "棋牌室"], "keywords": ["棋牌", "麻将馆"]},
                   {"name": "开公司", "triggers": ["经营公司"], "founding": true}
                ]}""").parameters();
        List<KeywordGroup> groups = p.keywordGroups();
        assertThat(groups).hasSize(KeywordGroup.defaults().size() + 2);
        assertThat(groups.subList(0, KeywordGroup.defaults().size())).isEqualTo(KeywordGroup.defaults());
        assertThat(groups.get(groups.size() - 2))
                .isEqualTo(new KeywordGroup("赌博", List.of("赌博", "棋牌室"), List.of("棋牌", "麻将馆"), false));
        assertThat(groups.get(groups.size() - 1).founding()).isTrue();
    }

    @Test
    void aGroupNamedLikeADefaultReplacesIt() {
        List<KeywordGroup> groups = parse("""
                {"keyword_groups": [{"name": "学校", "triggers": ["学校"], "keywords": ["培训学校"]}]}""")
                .parameters().keywordGroups();
        assertThat(groups).hasSize(KeywordGroup.defaults().size());
        assertThat(groups).filteredOn(g -> g.name().equals("学校")).singleElement()
                .satisfies(g -> assertThat(g.keywords()).containsExactly("培训学校"));
    }

    @Test
    void replaceFlagDropsTheDefaultGroups() {
        List<KeywordGroup> groups = parse("""
                {"replace_default_keyword_groups": true,
                 "keyword_groups": [{"name": "赌博", "triggers": ["赌博"], "keywords": ["棋牌"]}]}""")
                .parameters().keywordGroups();
        assertThat(groups).extracting(KeywordGroup::name).containsExactly("赌博");
    }

    @Test
    void headerAliasesAreReadForCoreHeaderAliases() {
        ConfigFile c = parse("""
                {"header_aliases": {"custody": {"left_on": ["离所日期", "出所时间"]},
                                    "judgments": {"id_number": "证件号", "effective_date": ["生效时间"]}}}""");
        assertThat(c.headerAliases()).containsOnlyKeys(Dataset.CUSTODY, Dataset.JUDGMENTS);
        assertThat(c.headerAliases().get(Dataset.CUSTODY)).isEqualTo(Map.of("left_on", List.of("离所日期", "出所时间")));
        assertThat(c.headerAliases().get(Dataset.JUDGMENTS))
                .containsEntry("id_number", List.of("证件号")).containsEntry("effective_date", List.of("生效时间"));
        HeaderAliases aliases = HeaderAliases.withExtra(c.headerAliases());
        assertThat(aliases.canonical(Dataset.CUSTODY, "离所日期")).contains("left_on");
        assertThat(aliases.canonical(Dataset.JUDGMENTS, "证件号")).contains("id_number");
    }

    @Test
    void commentsAreAllowed() {
        assertThat(parse("{ // 看守所按一个月计算\n \"delivery_deadline\": \"ONE_MONTH\" /* 监狱法 */ }").parameters()
                .deliveryDeadline()).isEqualTo(Parameters.DeliveryDeadline.ONE_MONTH);
    }

    @Test
    void anUnknownKeyIsAnErrorNamingIt() {
        assertThatThrownBy(() -> parse("{\"boundry_days\": 2}")).isInstanceOf(XingzhiException.class)
                .hasMessageStartingWith("config.json: unknown key \"boundry_days\"")
                .hasMessageContaining("boundary_days");
        assertThatThrownBy(() -> parse("{\"keyword_groups\": [{\"name\": \"x\", \"triggers\": [\"a\"], \"words\": [\"b\"]}]}"))
                .hasMessageContaining("unknown key \"keyword_groups[0].words\"");
    }

    @Test
    void badValuesAreErrorsNamingTheKey() {
        assertThatThrownBy(() -> parse("{\"boundary_days\": -1}")).hasMessageContaining("\"boundary_days\" must be a whole number");
        assertThatThrownBy(() -> parse("{\"transfer_grace_days\": \"30\"}")).hasMessageContaining("\"transfer_grace_days\"");
        assertThatThrownBy(() -> parse("{\"transfer_grace_days\": 2.5}")).hasMessageContaining("\"transfer_grace_days\"");
        assertThatThrownBy(() -> parse("{\"delivery_deadline\": \"DAYS_31\"}"))
                .hasMessageContaining("\"delivery_deadline\" must be \"DAYS_30\" or \"ONE_MONTH\"");
        assertThatThrownBy(() -> parse("{\"keyword_groups\": [{\"name\": \"x\", \"triggers\": [\"a\"], \"keywords\": [\" \"]}]}"))
                .hasMessageContaining("keyword_groups[0].keywords[0] must be a non-blank string");
        assertThatThrownBy(() -> parse("{\"keyword_groups\": [{\"name\": \"x\", \"triggers\": [\"a\"]}]}"))
                .hasMessageContaining("keyword_groups[0].keywords must list at least one word");
        assertThatThrownBy(() -> parse("{\"keyword_groups\": [{\"name\": \"x\", \"keywords\": [\"a\"]}]}"))
                .hasMessageContaining("keyword_groups[0].triggers must list at least one word");
        assertThatThrownBy(() -> parse("{\"header_aliases\": {\"prisons\": {}}}"))
                .hasMessageContaining("unknown dataset \"prisons\"");
        assertThatThrownBy(() -> parse("{\"header_aliases\": {\"custody\": {\"released_on\": [\"释放日期\"]}}}"))
                .hasMessageContaining("header_aliases.custody.released_on").hasMessageContaining("not a field of custody");
        assertThatThrownBy(() -> parse("{\"replace_default_keyword_groups\": true}"))
                .hasMessageContaining("gives no group");
    }

    @Test
    void brokenJsonAndRepeatedKeysAreErrors() {
        assertThatThrownBy(() -> parse("{\"boundary_days\": 2,}")).isInstanceOf(XingzhiException.class)
                .hasMessageStartingWith("config.json: not valid JSON").hasMessageContaining("line 1");
        assertThatThrownBy(() -> parse("{\"boundary_days\": 2, \"boundary_days\": 3}"))
                .hasMessageContaining("boundary_days");
        assertThatThrownBy(() -> parse("[1]")).hasMessageContaining("must be a JSON object");
    }

    @Test
    void loadsAFileAndNamesItInErrors() throws IOException {
        Path file = dir.resolve("xingzhi.json");
        Files.writeString(file, "{\"correction_report_grace_days\": 15}");
        assertThat(ConfigFile.load(file).parameters().correctionReportGraceDays()).isEqualTo(15);
        assertThatThrownBy(() -> ConfigFile.load(dir.resolve("missing.json"))).isInstanceOf(XingzhiException.class)
                .hasMessageContaining("missing.json");
        Files.writeString(file, "{\"x\": 1}");
        assertThatThrownBy(() -> ConfigFile.load(file)).hasMessageContaining(file.toString())
                .hasMessageContaining("unknown key \"x\"");
    }

    @Test
    void theDocumentedExampleParses() throws IOException {
        // the guide lives in the repository next to this module, so the example cannot go stale unnoticed
        String md = Files.readString(Path.of("../docs/configuration.md"));
        int start = md.indexOf("```json");
        int end = md.indexOf("```", start + 7);
        ConfigFile c = parse(md.substring(start + 7, end));
        assertThat(c.parameters().deliveryDeadline()).isEqualTo(Parameters.DeliveryDeadline.ONE_MONTH);
        assertThat(c.headerAliases()).containsKey(Dataset.CUSTODY);
        assertThat(c.referralDepartments()).startsWith("公益诉讼部门").contains("生态环境局");
    }

    @Test
    void referralDepartmentsAreNamesEachOnceAndAbsentMeansNone() {
        assertThat(parse("{}").referralDepartments()).isEmpty();
        assertThat(parse("{\"referral_departments\": [\" 公益诉讼部门 \", \"公安机关\"]}").referralDepartments())
                .containsExactly("公益诉讼部门", "公安机关");
        assertThatThrownBy(() -> parse("{\"referral_departments\": []}")).hasMessageContaining("at least one");
        assertThatThrownBy(() -> parse("{\"referral_departments\": [\"公安机关\", \"公安机关\"]}"))
                .hasMessageContaining("\"公安机关\" twice");
        assertThatThrownBy(() -> parse("{\"referral_departments\": \"公安机关\"}"))
                .hasMessageContaining("referral_departments must be an array");
    }
}
