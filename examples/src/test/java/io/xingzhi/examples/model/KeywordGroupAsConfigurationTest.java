package io.xingzhi.examples.model;

import static io.xingzhi.examples.Ids.idNumber;
import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.adapter.csv.CsvRecordSource;
import io.xingzhi.format.ConfigFile;
import io.xingzhi.core.engine.Engine;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.supervision.Parameters;
import io.xingzhi.core.supervision.prohibition.ProhibitionOrderModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new lead kind as configuration: the keyword group in {@code entertainment-venues.json} counts
 * 棋牌室 and 洗浴中心 as 娱乐场所, so a visit to a bath house during a 禁止进入娱乐场所 order is a
 * violation with the file and not without it.
 */
class KeywordGroupAsConfigurationTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 10, 1);

    @TempDir
    Path dir;
    Path data;
    Path config;
    String id = idNumber("21068219920704321");

    @BeforeEach
    void writeData() throws IOException {
        data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("judgments.csv"), """
                案号,法院,姓名,身份证号,生效日期,主刑,刑期,缓刑考验期,禁止令,禁止令起日,禁止令止日
                (2024)辽0682刑初9号,凤城市人民法院,吴小飞,%s,2024-02-01,有期徒刑,一年,二年,禁止进入夜总会、酒吧、棋牌室、洗浴中心等娱乐场所,2024-02-01,2026-01-31
                """.formatted(id));
        Files.writeString(data.resolve("corrections.csv"), """
                姓名,身份证号,矫正类别,案号,矫正起日,矫正止日,司法所,禁止令
                吴小飞,%s,缓刑,(2024)辽0682刑初9号,2024-02-05,2026-01-31,凤山司法所,禁止进入夜总会、酒吧、棋牌室、洗浴中心等娱乐场所
                """.formatted(id));
        Files.writeString(data.resolve("activities.csv"), """
                姓名,身份证号,发生时间,记录类型,场所类型,场所名称
                吴小飞,%s,2024-06-18 23:10:00,场所出入,洗浴,金海岸洗浴中心
                """.formatted(id));
        config = dir.resolve("entertainment-venues.json");
        try (InputStream in = getClass().getResourceAsStream("/io/xingzhi/examples/model/entertainment-venues.json")) {
            Files.write(config, in.readAllBytes());
        }
    }

    private List<Lead> violations(Parameters parameters) {
        Engine engine = Engine.builder().source(new CsvRecordSource(data)).parameters(parameters).build();
        return engine.run(AS_OF).leads().stream().filter(l -> l.kind().equals(ProhibitionOrderModel.ORDER_VIOLATED)).toList();
    }

    @Test
    void withTheDefaultKeywordsABathHouseIsNoViolation() {
        assertThat(violations(Parameters.defaults())).isEmpty();
    }

    @Test
    void withTheConfiguredGroupTheBathHouseVisitIsAViolation() {
        Parameters withGroup = ConfigFile.load(config).parameters();
        assertThat(violations(withGroup)).singleElement().satisfies(l -> {
            assertThat(l.model()).isEqualTo(ProhibitionOrderModel.NAME);
            assertThat(l.caseNumber()).isEqualTo("(2024)辽0682刑初9号");
            assertThat(l.facts()).containsEntry("keyword", "洗浴").containsEntry("keyword_group", "娱乐场所")
                    .containsEntry("venue", "金海岸洗浴中心");
            assertThat(l.evidence()).anySatisfy(e -> assertThat(e.ref().source()).isEqualTo("activities.csv"));
        });
    }

    @Test
    void theConfiguredGroupReplacesTheDefaultOfTheSameNameAndKeepsTheOthers() {
        Parameters withGroup = ConfigFile.load(config).parameters();
        assertThat(withGroup.keywordGroups()).extracting(g -> g.name())
                .containsExactly("娱乐场所", "学校", "食品", "采砂", "排污", "设立公司");
        assertThat(withGroup.keywordGroups().get(0).keywords()).contains("洗浴", "棋牌", "KTV");
    }
}
