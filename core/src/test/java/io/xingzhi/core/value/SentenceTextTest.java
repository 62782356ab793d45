package io.xingzhi.core.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Judgment text as courts write it (CONTRACT.md §2). Table columns: text | penalty | term |
 * probation | political rights | fine | confiscation. Terms are {@code years/months/days} or
 * {@code life}; amounts are yuan or {@code all}; an empty cell means "not in the text".
 */
class SentenceTextTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        // every sentence_text of fixtures/county/judgments.csv
        "判处有期徒刑三年,并处罚金人民币叁仟元|FIXED_TERM|3/0/0|||3000|",
        "判处有期徒刑三年,并处罚金人民币壹拾贰万元|FIXED_TERM|3/0/0|||120000|",
        "判处有期徒刑六年|FIXED_TERM|6/0/0||||",
        "判处有期徒刑四年,剥夺政治权利二年|FIXED_TERM|4/0/0||2/0/0||",
        "判处有期徒刑一年,缓刑二年|FIXED_TERM|1/0/0|2/0/0|||",
        "判处有期徒刑二年,缓刑三年,剥夺政治权利二年|FIXED_TERM|2/0/0|3/0/0|2/0/0||",
        "判处有期徒刑三年,剥夺政治权利三年|FIXED_TERM|3/0/0||3/0/0||",
        "判处有期徒刑三年,剥夺政治权利五年|FIXED_TERM|3/0/0||5/0/0||",
        "判处有期徒刑三年,剥夺政治权利四年|FIXED_TERM|3/0/0||4/0/0||",
        "判处有期徒刑三年,并处罚金人民币伍万元|FIXED_TERM|3/0/0|||50000|",
        "判处有期徒刑五年,剥夺政治权利三年|FIXED_TERM|5/0/0||3/0/0||",
        "判处有期徒刑四年,剥夺政治权利一年|FIXED_TERM|4/0/0||1/0/0||",
        "判处有期徒刑三年,并处罚金人民币壹拾万元|FIXED_TERM|3/0/0|||100000|",
        "判处有期徒刑十个月|FIXED_TERM|0/10/0||||",
        "判处有期徒刑四年|FIXED_TERM|4/0/0||||",
        // CONTRACT.md §2 and the brief
        "判处有期徒刑三年六个月,缓刑四年,并处罚金人民币五万元,剥夺政治权利二年|FIXED_TERM|3/6/0|4/0/0|2/0/0|50000|",
        "判处有期徒刑三年六个月，缓刑四年，并处罚金人民币五万元，剥夺政治权利二年。|FIXED_TERM|3/6/0|4/0/0|2/0/0|50000|",
        "判处有期徒刑三年六个月,并处罚金人民币五万元,剥夺政治权利二年|FIXED_TERM|3/6/0||2/0/0|50000|",
        "单处剥夺政治权利一年|SUPPLEMENTARY_ONLY|||1/0/0||",
        "单处罚金人民币二万元|SUPPLEMENTARY_ONLY||||20000|",
        "判处罚金人民币五千元|SUPPLEMENTARY_ONLY||||5000|",
        "判处有期徒刑十年,并处没收个人全部财产|FIXED_TERM|10/0/0||||all",
        "判处有期徒刑五年,并处没收个人财产人民币十万元|FIXED_TERM|5/0/0||||100000",
        "判处有期徒刑五年，并处没收财产人民币10万元|FIXED_TERM|5/0/0||||100000",
        "判处死刑，缓期二年执行|DEATH_SUSPENDED|||||",
        "判处死刑，缓期二年执行，剥夺政治权利终身，并处没收个人全部财产|DEATH_SUSPENDED|||life||all",
        "判处死刑,剥夺政治权利终身|DEATH|||life||",
        "判处无期徒刑，剥夺政治权利终身|LIFE|||life||",
        "判处拘役五个月|CRIMINAL_DETENTION|0/5/0||||",
        "判处拘役三个月,缓刑六个月,并处罚金人民币二千元|CRIMINAL_DETENTION|0/3/0|0/6/0||2000|",
        "判处管制一年|PUBLIC_SURVEILLANCE|1/0/0||||",
        "免予刑事处罚|EXEMPTED|||||",
        "被告人张三犯诈骗罪，免予刑事处罚。|EXEMPTED|||||",
        // amounts in Chinese, capital or Arabic numerals
        "判处有期徒刑二年,并处罚金二十万元|FIXED_TERM|2/0/0|||200000|",
        "判处有期徒刑二年,并处罚金壹万伍仟元|FIXED_TERM|2/0/0|||15000|",
        "判处有期徒刑二年,并处罚金人民币1万元|FIXED_TERM|2/0/0|||10000|",
        "判处有期徒刑二年,并处罚金人民币10000元|FIXED_TERM|2/0/0|||10000|",
        "判处有期徒刑二年,并处罚金人民币50,000元|FIXED_TERM|2/0/0|||50000|",
        "判处有期徒刑二年,并处罚金人民币1.5万元|FIXED_TERM|2/0/0|||15000|",
        // terms in other forms
        "判处有期徒刑一年零二个月|FIXED_TERM|1/2/0||||",
        "判处有期徒刑3年6个月，宣告缓刑5年|FIXED_TERM|3/6/0|5/0/0|||",
        "判处有期徒刑二年,缓刑考验期三年|FIXED_TERM|2/0/0|3/0/0|||",
        "判 处 有 期 徒 刑 三 年|FIXED_TERM|3/0/0||||",
        "判處有期徒刑三年，並處罰金人民幣五萬元|FIXED_TERM|3/0/0|||50000|",
        // several offences: only the combined sentence after 决定执行 counts
        "被告人张三犯盗窃罪，判处有期徒刑二年，并处罚金人民币一万元；犯诈骗罪，判处有期徒刑三年，并处罚金人民币二万元，决定执行有期徒刑四年六个月，并处罚金人民币三万元。|FIXED_TERM|4/6/0|||30000|",
        "犯抢劫罪，判处有期徒刑十年，剥夺政治权利二年，并处罚金人民币二万元；犯故意伤害罪，判处有期徒刑三年；数罪并罚，决定执行有期徒刑十二年，剥夺政治权利二年，并处罚金人民币二万元。|FIXED_TERM|12/0/0||2/0/0|20000|",
        "犯盗窃罪，判处拘役四个月；犯危险驾驶罪，判处拘役二个月，并处罚金人民币三千元，决定执行拘役五个月，缓刑六个月|CRIMINAL_DETENTION|0/5/0|0/6/0|||",
        "犯故意杀人罪，判处死刑，缓期二年执行，剥夺政治权利终身；犯抢劫罪，判处有期徒刑十五年，并处没收个人财产人民币五万元，决定执行死刑，缓期二年执行，剥夺政治权利终身，并处没收个人全部财产。|DEATH_SUSPENDED|||life||all",
        // bracketed notes are not penalties
        "判处有期徒刑三年（刑期从2023年1月1日起至2025年12月31日止）|FIXED_TERM|3/0/0||||",
        "判处有期徒刑三年（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自2023年1月1日起至2025年12月31日止），并处罚金人民币五万元（罚金已缴纳）|FIXED_TERM|3/0/0|||50000|",
        "判处有期徒刑一年，缓刑二年（缓刑考验期限，从判决确定之日起计算）|FIXED_TERM|1/0/0|2/0/0|||",
        "判处有期徒刑三年，并处罚金人民币五万元（已预缴罚金人民币一万元）|FIXED_TERM|3/0/0|||50000|",
        "判处有期徒刑三年，并处罚金人民币五万元，已缴纳罚金人民币一万元|FIXED_TERM|3/0/0|||50000|",
        "判处有期徒刑三年，并处罚金人民币五万元，罚金于判决生效后十日内缴纳|FIXED_TERM|3/0/0|||50000|",
        "判处有期徒刑三年。刑期从判决执行之日起计算，即自2023年1月1日起至2025年12月31日止。|FIXED_TERM|3/0/0||||",
        // words that look like penalties but are not
        "犯非法携带管制刀具危及公共安全罪，判处拘役三个月|CRIMINAL_DETENTION|0/3/0||||",
        "判处有期徒刑二年，没收违法所得人民币三万元|FIXED_TERM|2/0/0||||",
    })
    void readsSentencesAsCourtsWriteThem(String text, String penalty, String term, String probation,
                                        String politicalRights, String fine, String confiscation) {
        Parsed<ParsedSentence> parsed = SentenceText.parse(text);
        assertThat(parsed.isOk()).as("%s", parsed).isTrue();
        ParsedSentence s = parsed.value();
        assertThat(s.penalty()).isEqualTo(penalty == null ? Optional.empty()
                : Optional.of(PrincipalPenalty.valueOf(penalty)));
        assertThat(s.term()).as("term").isEqualTo(months(term));
        assertThat(s.probation()).as("probation").isEqualTo(months(probation));
        assertThat(s.politicalRights()).as("political rights").isEqualTo(months(politicalRights));
        assertThat(s.fine()).as("fine").isEqualTo(amount(fine));
        assertThat(s.confiscation()).as("confiscation").isEqualTo(amount(confiscation));
        assertThat(s.prohibitionOrder()).isEmpty();
        assertThat(s.prohibitionTerm()).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "判处有期徒刑一年又三个月|1/3/0",
        "被告人覃飞平犯诈骗罪，判处有期徒刑二年又十个月。|2/10/0",
        "被告人孟梅勇犯诈骗罪，判处有期徒刑一年又十一个月。|1/11/0",
        "判处有期徒刑壹年叁个月|1/3/0",
    })
    void yearAndMonthsJoinedByYouAreOneTerm(String text, String term) {
        ParsedSentence s = SentenceText.parse(text).value();
        assertThat(s.penalty()).hasValue(PrincipalPenalty.FIXED_TERM);
        assertThat(s.term()).isEqualTo(months(term));
    }

    @Test
    void yearAndMonthsJoinedByYouAreFifteenMonths() {
        assertThat(SentenceText.parse("判处有期徒刑一年又三个月").value().term().orElseThrow().totalMonths())
                .isEqualTo(15);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        // fixtures/county-practice: the revoked judgment suspended the sentence, the operative one does not
        "一、驳回上诉人黄梅的其他上诉请求；二、撤销丹东市振兴区人民法院(2022)辽0603刑初30号刑事判决第三项，"
                + "即被告人黄梅犯盗窃罪，判处有期徒刑三年，缓刑三年六个月。三、原审被告人黄梅犯盗窃罪，判处有期徒刑三年。"
                + "（刑期从判决执行之日起计算，判决执行以前先行羁押的，羁押一日折抵刑期一日。）|3/0/0|",
        "一、驳回上诉人卢秀帆的其他上诉请求；二、撤销东港市人民法院(2022)辽0681刑初28号刑事判决第三项，"
                + "即被告人卢秀帆犯盗窃罪，判处有期徒刑二年六个月，缓刑三年。三、原审被告人卢秀帆犯盗窃罪，"
                + "判处有期徒刑二年六个月。（刑期从判决执行之日起计算，判决执行以前先行羁押的，羁押一日折抵刑期一日。）|2/6/0|",
        // the operative sentence suspends it, the revoked one did not
        "一、撤销丹东市元宝区人民法院(2022)辽0602刑初32号刑事判决第三项，即被告人董军军犯盗窃罪，判处有期徒刑三年。"
                + "二、原审被告人董军军犯盗窃罪，判处有期徒刑三年，缓刑四年。（缓刑考验期限，从判决确定之日起计算。）|3/0/0|4/0/0",
        // a ； inside the revoked passage does not end it
        "一、维持某某区人民法院(2023)辽0602刑初5号刑事判决第一项；二、撤销该判决第二项，即对被告人张三的量刑部分；"
                + "被告人张三犯盗窃罪，判处有期徒刑二年，缓刑二年六个月。三、上诉人张三犯盗窃罪，判处有期徒刑二年。|2/0/0|",
        "（一）撤销某某区人民法院(2023)辽0602刑初5号刑事判决，即被告人张三犯盗窃罪，判处有期徒刑一年，缓刑二年；"
                + "（二）上诉人张三犯盗窃罪，判处有期徒刑一年六个月。|1/6/0|",
        "撤销某某区人民法院(2023)辽0602刑初5号刑事判决对被告人张三判处有期徒刑一年、缓刑一年六个月的部分，"
                + "改判被告人张三有期徒刑一年。|1/0/0|",
        "撤销原判。上诉人张三犯盗窃罪，判处有期徒刑三年六个月，并处罚金人民币一万元。|3/6/0|",
    })
    void aRevokedProbationIsNotAProbation(String text, String term, String probation) {
        ParsedSentence s = read(text);
        assertThat(s.penalty()).hasValue(PrincipalPenalty.FIXED_TERM);
        assertThat(s.term()).isEqualTo(months(term));
        assertThat(s.probation()).isEqualTo(months(probation));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "撤销丹东市振兴区人民法院(2022)辽0602刑初1号刑事判决；上诉人犯盗窃罪，判处有期徒刑一年。|1/0/0|",
        "撤销原判；上诉人张三犯盗窃罪，判处有期徒刑一年六个月，并处罚金人民币五千元。|1/6/0|",
        "撤销某某区人民法院(2022)辽0602刑初1号刑事判决对上诉人张三宣告缓刑的部分；判处有期徒刑一年。|1/0/0|",
        "撤销原判缓刑部分，判处有期徒刑一年。|1/0/0|",
    })
    void anAppellateTextWhoseOperativePartFollowsTheRevokingClauseIsRead(String text, String term, String probation) {
        ParsedSentence s = read(text, "CONTRACT §2: 撤销…判决…；…判处…: %s");
        assertThat(s.term()).isEqualTo(months(term));
        assertThat(s.probation()).isEqualTo(months(probation));
    }

    @Test
    void aRevokedPassageThatQuotesACombinedSentenceIsNotGuessed() {
        Parsed<ParsedSentence> parsed = SentenceText.parse("二、撤销某某区人民法院(2020)辽0602刑初5号刑事判决第二项，即被告人张三犯盗窃罪，"
                + "判处有期徒刑一年，犯诈骗罪，判处有期徒刑二年，数罪并罚，决定执行有期徒刑二年六个月，缓刑三年。");
        assertThat(parsed.isOk()).isFalse();
        assertThat(parsed.reason().orElseThrow()).contains("撤销").contains("决定执行");
    }

    @Test
    void revokingAProbationAndCombiningTheSentencesGivesTheCombinedSentence() {
        // CL art. 77: a new offence during probation
        ParsedSentence s = read("被告人张三犯盗窃罪，判处有期徒刑一年；撤销某某区人民法院(2020)辽0602刑初5号刑事判决"
                + "对被告人张三宣告缓刑三年的部分，与前罪有期徒刑二年并罚，决定执行有期徒刑二年六个月。");
        assertThat(s.penalty()).hasValue(PrincipalPenalty.FIXED_TERM);
        assertThat(s.term()).hasValue(Months.of(30));
        assertThat(s.probation()).as("the probation is what was revoked").isEmpty();
    }

    @Test
    void aTextThatOnlyRevokesHasNoOperativeSentence() {
        Parsed<ParsedSentence> parsed = SentenceText.parse(
                "二、撤销某某区人民法院(2023)辽0602刑初5号刑事判决第三项，即被告人张三犯盗窃罪，判处有期徒刑三年，缓刑三年。");
        assertThat(parsed.isOk()).isFalse();
        assertThat(parsed.reason().orElseThrow()).contains("no operative sentence");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "判处有期徒刑三年。刑期自2023年5月1日起至2026年4月30日止。|2023-05-01|2026-04-30",
        "被告人莫静犯盗窃罪，判处有期徒刑八个月。刑期自2023年6月5日起至2024年2月4日止。|2023-06-05|2024-02-04",
        "判处有期徒刑四年。（刑期自判决执行之日起计算，判决执行以前先行羁押的，羁押一日折抵刑期一日。"
                + "即自2023年12月30日起执行至2027年12月29日止）|2023-12-30|2027-12-29",
        "判处有期徒刑三年,剥夺政治权利四年。（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，"
                + "即自2020年12月17日起至2023年12月16日止。）|2020-12-17|2023-12-16",
        "判处有期徒刑三年（刑期从2023年1月1日起至2025年12月31日止）|2023-01-01|2025-12-31",
        "判处有期徒刑三年（刑期自2023年1月1日（羁押之日）起至2025年12月31日止），并处罚金人民币五万元（已缴纳）"
                + "|2023-01-01|2025-12-31",
        "判处有期徒刑三年，即自二〇二三年一月一日起至二〇二五年十二月三十一日止，刑期从判决执行之日起计算|"
                + "|",
    })
    void aStatedTermGivesTheTermsFirstAndLastDay(String text, String start, String end) {
        ParsedSentence s = SentenceText.parse(text).value();
        assertThat(s.penalty()).hasValue(PrincipalPenalty.FIXED_TERM);
        assertThat(s.termStart()).isEqualTo(Optional.ofNullable(start).map(LocalDate::parse));
        assertThat(s.termEnd()).isEqualTo(Optional.ofNullable(end).map(LocalDate::parse));
    }

    @Test
    void aStatedTermInChineseDigitsWithTheWhiteCircleForZeroGivesItsDays() {
        ParsedSentence s = read("判处有期徒刑三年。刑期自二○二三年五月一日起至二○二六年四月三十日止。");
        assertThat(s.termStart()).hasValue(LocalDate.of(2023, 5, 1));
        assertThat(s.termEnd()).hasValue(LocalDate.of(2026, 4, 30));
    }

    @Test
    void aPeriodOtherThanTheTermStatedWithJiIsNotTheTerm() {
        ParsedSentence s = SentenceText.parse("判处有期徒刑一年，缓刑二年（缓刑考验期限从判决确定之日起计算，"
                + "即自2024年1月10日起至2026年1月9日止）").value();
        assertThat(s.termStart()).isEmpty();
        assertThat(s.termEnd()).isEmpty();
        assertThat(s.probation()).hasValue(Months.of(24));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "判处有期徒刑三年。刑期自2023年5月1日起至2022年4月30日止。",
        "判处有期徒刑三年。刑期自2023年2月30日起至2026年2月28日止。",
        "犯盗窃罪，判处有期徒刑三年（刑期自2023年5月1日起至2026年4月30日止），决定执行有期徒刑三年"
                + "（刑期自2023年6月1日起至2026年5月31日止）",
    })
    void aStatedTermThatCannotBeReadFailsTheParse(String text) {
        Parsed<ParsedSentence> parsed = SentenceText.parse(text);
        assertThat(parsed.isOk()).isFalse();
        assertThat(parsed.reason().orElseThrow()).contains("term");
    }

    /** A stated term as courts and their scans date it: 元月, 廿 and 卅, the zero as ○ or the letter O. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "被告人张某犯帮助信息网络犯罪活动罪，判处有期徒刑七个月，并处罚金人民币三千元。（刑期从判决执行之日起计算。判决执行以前先行羁押的，"
                + "羁押一日折抵刑期一日，即自2024年元月12日起至2024年8月11日止。）|2024-01-12|2024-08-11",
        "被告人张某犯盗窃罪，判处有期徒刑一年六个月，并处罚金人民币五千元（刑期从判决执行之日起计算，判决执行以前先行羁押的，"
                + "羁押一日折抵刑期一日，即自二〇二四年元月五日起至二〇二五年七月四日止）。|2024-01-05|2025-07-04",
        "被告人张某犯盗窃罪，判处有期徒刑一年六个月（刑期从判决执行之日起计算，判决执行以前先行羁押的，羁押一日折抵刑期一日，"
                + "即自二○二四年一月廿日起至二○二五年七月十九日止）。|2024-01-20|2025-07-19",
        "被告人张某犯盗窃罪，判处有期徒刑一年六个月（刑期从判决执行之日起计算，判决执行以前先行羁押的，羁押一日折抵刑期一日，"
                + "即自二O二四年一月卅日起至二O二五年七月廿九日止）。|2024-01-30|2025-07-29",
        "被告人张某犯盗窃罪，判处有期徒刑一年，刑期自二〇二四年元月卅一日起至二〇二五年元月卅日止。|2024-01-31|2025-01-30",
        // the 止 left out
        "被告人张某犯盗窃罪，判处有期徒刑一年（刑期从判决执行之日起计算，判决执行以前先行羁押的，羁押一日折抵刑期一日，"
                + "即自2024年1月5日起至2025年1月4日）。|2024-01-05|2025-01-04",
        "被告人张某犯盗窃罪，判处有期徒刑一年（刑期从判决执行之日起计算，即自二〇二四年一月五号起至二〇二五年一月四号止）。"
                + "|2024-01-05|2025-01-04",
        // a day of two digits, with neither 止 nor 日 to end it, is read whole (not 2025-01-01, nor 2025-07-10)
        "被告人张某犯盗窃罪，判处有期徒刑一年（刑期从判决执行之日起计算，即自2024年1月15起至2025年1月14）。|2024-01-15|2025-01-14",
        "被告人张某犯盗窃罪，判处有期徒刑一年六个月（刑期从判决执行之日起计算，即自二〇二四年一月二十日起至二〇二五年七月十九日）。"
                + "|2024-01-20|2025-07-19",
    })
    void aStatedTermDatedWithYuanyueNianOrSaIsRead(String text, LocalDate start, LocalDate end) {
        ParsedSentence s = read(text);
        assertThat(s.termStart()).hasValue(start);
        assertThat(s.termEnd()).hasValue(end);
    }

    /** A stated term is never skipped because its date is in a form not read: the text is refused, with the date. */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "被告人张某犯盗窃罪，判处有期徒刑一年，刑期自二〇二四年正月五日起至二〇二五年正月四日止。",
        "被告人张某犯盗窃罪，判处有期徒刑一年（刑期从判决执行之日起计算，即自二〇二四年一月初五起至二〇二五年一月初四止）。",
        "被告人张某犯盗窃罪，判处有期徒刑一年（刑期从判决执行之日起计算，即自2024年13月5日起至2025年1月4日止）。",
    })
    void aStatedTermWhoseDateIsInAFormNotReadFailsTheParseInsteadOfBeingSkipped(String text) {
        Parsed<ParsedSentence> parsed = SentenceText.parse(text);
        assertThat(parsed.isOk()).as("%s", parsed).isFalse();
        assertThat(parsed.reason().orElseThrow()).contains("the term stated in the sentence text cannot be read");
    }

    /** CL art. 37: an exemption from punishment has no penalty; a text that also pronounces one is not read. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "被告人张某犯盗窃罪，免予刑事处罚，并处罚金人民币五千元。|罚金",
        "被告人张某犯盗窃罪，免予刑事处罚，单处罚金人民币五千元。|罚金",
        "被告人张某犯盗窃罪，判处拘役三个月，免予刑事处罚。|拘役",
        "被告人张某犯盗窃罪，免予刑事处罚，剥夺政治权利一年。|剥夺政治权利",
        "被告人张某犯盗窃罪，免予刑事处罚，缓刑一年。|缓刑",
        "被告人张某犯走私罪，免予刑事处罚，并处没收个人财产人民币五万元。|没收财产",
    })
    void anExemptionThatAlsoPronouncesAPenaltyIsRefused(String text, String what) {
        Parsed<ParsedSentence> parsed = SentenceText.parse(text);
        assertThat(parsed.isOk()).as("%s", parsed).isFalse();
        assertThat(parsed.reason().orElseThrow()).contains("免予刑事处罚").contains(what);
    }

    /** What CL art. 37 allows beside an exemption (退赔, 追缴) and a refund of a prepaid fine are no penalty. */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "被告人张某犯非法采矿罪，免予刑事处罚；责令被告人张某退赔经济损失人民币二万元。",
        "被告人张某犯盗窃罪，免予刑事处罚；追缴被告人张某违法所得人民币三千元，予以没收。",
        "被告人张某犯危险驾驶罪，免予刑事处罚；已缴纳的罚金人民币二千元予以退还。",
        "被告人张某犯贪污罪，免予刑事处罚。（已预缴罚金人民币一万元予以退还）",
    })
    void anExemptionBesideRestitutionOrARefundIsStillAnExemption(String text) {
        ParsedSentence s = read(text);
        assertThat(s.penalty()).hasValue(PrincipalPenalty.EXEMPTED);
        assertThat(s.fine()).isEmpty();
        assertThat(s.confiscation()).isEmpty();
    }

    /** Fines alone (单处罚金, 判处罚金) in the amounts' usual forms, without any probation. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "被告人张某犯盗窃罪，单处罚金人民币伍仟元。|5000",
        "被告人张某犯盗窃罪，单处罚金人民币壹万贰仟元整。|12000",
        "被告人张某犯盗窃罪，判处罚金人民币五千元整（已缴纳）。|5000",
        "被告人张某犯危险驾驶罪，判处罚金人民币1.5万元。|15000",
        "被告人张某犯盗窃罪，判处罚金5000元。|5000",
    })
    void aFineAloneIsSupplementaryOnlyWithNoProbation(String text, BigDecimal yuan) {
        ParsedSentence s = read(text);
        assertThat(s.penalty()).hasValue(PrincipalPenalty.SUPPLEMENTARY_ONLY);
        assertThat(s.fine()).hasValue(Amount.ofYuan(yuan));
        assertThat(s.probation()).isEmpty();
        assertThat(s.term()).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "被告人莫东欣犯受贿罪，判处死刑，缓期二年执行，并处没收个人全部财产，在其死刑缓期执行二年期满依法减为无期徒刑后，"
                + "终身监禁，不得减刑、假释。",
        "被告人范凤军犯受贿罪，判处死刑缓期二年执行，剥夺政治权利终身，并处没收个人全部财产，在其死刑缓期执行二年期满依法"
                + "减为无期徒刑后，终身监禁，不得减刑、假释。",
    })
    void deathWithReprieveThenLifeImprisonmentForLifeIsADeathWithReprieve(String text) {
        ParsedSentence s = read(text);
        assertThat(s.penalty()).hasValue(PrincipalPenalty.DEATH_SUSPENDED);
        assertThat(s.term()).isEmpty();
        assertThat(s.confiscation()).hasValue(Amount.ofAllProperty());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "被告人张三犯盗窃罪，判处有期徒刑三年；犯诈骗罪，判处有期徒刑三年，决定执行有期徒刑五年，并处罚金人民币二万元"
                + "（已判处：盗窃罪有期徒刑三年，诈骗罪有期徒刑三年）。",
        "决定执行有期徒刑五年，并处罚金人民币二万元（已判处：盗窃罪有期徒刑三年，并处罚金人民币一万元；诈骗罪有期徒刑三年，"
                + "并处罚金人民币一万元）",
        "被告人张三犯数罪，决定执行有期徒刑五年，并处罚金人民币二万元。其中：犯盗窃罪，判处有期徒刑三年，并处罚金人民币一万元；"
                + "犯诈骗罪，判处有期徒刑三年，并处罚金人民币一万元。",
        "决定执行有期徒刑五年，并处罚金人民币二万元。犯盗窃罪，判处有期徒刑三年，并处罚金人民币一万元；犯诈骗罪，判处有期徒刑"
                + "三年，并处罚金人民币一万元。",
        "决定执行有期徒刑五年，并处罚金人民币二万元，已判处盗窃罪有期徒刑三年、诈骗罪有期徒刑三年",
    })
    void perOffenceTermsListedAfterTheCombinedSentenceAreNotASecondPenalty(String text) {
        ParsedSentence s = read(text);
        assertThat(s.penalty()).hasValue(PrincipalPenalty.FIXED_TERM);
        assertThat(s.term()).hasValue(Months.of(60));
        assertThat(s.fine()).hasValue(Amount.ofYuan(new BigDecimal("20000")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "判处有期徒刑三年,并处罚金计人民币五千元|5000",
        "被告人郝宇桂犯盗窃罪，判处有期徒刑三年，并处罚金计人民币二千元。|2000",
        "判处有期徒刑三年，并处罚金共计人民币一万元|10000",
        "判处有期徒刑三年，并处罚金人民币共计一万元|10000",
        "判处有期徒刑三年，并处罚金计伍万元|50000",
    })
    void aFineWrittenWithJiIsRead(String text, BigDecimal yuan) {
        assertThat(SentenceText.parse(text).value().fine()).hasValue(Amount.ofYuan(yuan));
    }

    @Test
    void aFineAloneIsNotSupplementaryOnlyWhenAPrincipalPenaltyIsNamedButUnreadable() {
        ParsedSentence s = SentenceText.parse("判处有期徒刑若干年，判处罚金人民币五千元").value();
        assertThat(s.penalty()).isEmpty();
        assertThat(s.fine()).hasValue(Amount.ofYuan(new BigDecimal("5000")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "判处有期徒刑一年,缓刑二年。禁止被告人在缓刑考验期内进入夜总会、酒吧、网吧等娱乐场所|"
                + "禁止被告人在缓刑考验期内进入夜总会、酒吧、网吧等娱乐场所|2/0/0",
        "判处有期徒刑一年，缓刑二年；同时禁止被告人在缓刑考验期限内从事食品生产、销售及相关经营活动。|"
                + "禁止被告人在缓刑考验期限内从事食品生产、销售及相关经营活动|2/0/0",
        "判处有期徒刑一年，缓刑二年，禁止被告人在六个月内进入中小学校区、幼儿园园区|"
                + "禁止被告人在六个月内进入中小学校区、幼儿园园区|0/6/0",
        "判处有期徒刑一年，缓刑二年。禁止被告人从事河道采砂活动，禁止令期限六个月。|禁止被告人从事河道采砂活动|0/6/0",
        "判处有期徒刑一年，缓刑二年。宣告禁止令，禁止被告人设立公司、企业、事业单位，期限一年。|"
                + "禁止被告人设立公司、企业、事业单位|1/0/0",
        "判处有期徒刑一年，缓刑二年，禁止被告人从事排放污染物的生产经营活动（禁止令期限为一年，自判决生效之日起计算）|"
                + "禁止被告人从事排放污染物的生产经营活动|1/0/0",
        "判处管制一年，禁止被告人在管制期间内进入网吧|禁止被告人在管制期间内进入网吧|1/0/0",
        "判处有期徒刑一年，缓刑二年，禁止被告人进入夜总会、酒吧等娱乐场所|禁止被告人进入夜总会、酒吧等娱乐场所|",
    })
    void readsTheProhibitionOrderClauseAndItsTerm(String text, String order, String orderTerm) {
        ParsedSentence s = SentenceText.parse(text).value();
        assertThat(s.prohibitionOrder()).hasValue(order);
        assertThat(s.prohibitionTerm()).isEqualTo(months(orderTerm));
        assertThat(s.penalty()).isPresent();
    }

    @Test
    void prohibitionOrderClauseDoesNotChangeThePenalty() {
        ParsedSentence s = SentenceText.parse(
                "判处有期徒刑一年，缓刑二年。禁止被告人在缓刑考验期内进入夜总会、酒吧、网吧等娱乐场所").value();
        assertThat(s.penalty()).hasValue(PrincipalPenalty.FIXED_TERM);
        assertThat(s.term()).hasValue(Months.of(12));
        assertThat(s.probation()).hasValue(Months.of(24));
        assertThat(s.fine()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"本院认为被告人认罪态度较好", "驳回上诉，维持原判", "abc"})
    void textWithoutAPenaltyIsAFailureWithAReason(String text) {
        assertThat(SentenceText.parse(text).reason()).hasValue("no penalty found in the sentence text");
    }

    @Test
    void twoDifferentPenaltiesWithoutACombinedSentenceAreNotGuessed() {
        Parsed<ParsedSentence> parsed = SentenceText.parse("犯盗窃罪，判处有期徒刑二年；犯诈骗罪，判处有期徒刑三年");
        assertThat(parsed.isOk()).isFalse();
        assertThat(parsed.reason().orElseThrow()).contains("more than one offence").contains("决定执行");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\u3000"})
    void blankIsAFailure(String text) {
        assertThat(SentenceText.parse(text).reason()).hasValue("sentence text is blank");
    }

    // ---- judgment text as courts write it, found by probing 252 real forms (issue 15's stop, notes) ----

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "被告人李某犯故意伤害罪，判处有期徒刑一年，缓刑期限二年。|1/0/0|2/0/0",
        "被告人李某犯故意伤害罪，判处有期徒刑一年，宣告缓刑，缓刑期为二年。|1/0/0|2/0/0",
        "被告人李某犯故意伤害罪，判处有期徒刑一年，宣告缓刑，考验期限为二年。|1/0/0|2/0/0",
        "被告人李某犯盗窃罪，判处有期徒刑一年，缓期一年执行。|1/0/0|1/0/0",
        "被告人李某犯危险驾驶罪，判处拘役三个月，缓期六个月执行，并处罚金人民币二千元。|0/3/0|0/6/0",
    })
    void aProbationWrittenInOtherWordsIsAProbation(String text, String term, String probation) {
        ParsedSentence s = read(text);
        assertThat(s.term()).isEqualTo(months(term));
        assertThat(s.probation()).as("a suspended sentence is never read as custody").isEqualTo(months(probation));
    }

    @ParameterizedTest
    @ValueSource(strings = {"判处有期徒刑一年，宣告缓刑。", "判处有期徒刑一年，缓刑若干年。", "判处拘役三个月，缓期执行。"})
    void aSuspensionWhoseProbationCannotBeReadIsRefusedNotReadAsCustody(String text) {
        Parsed<ParsedSentence> parsed = SentenceText.parse(text);
        assertThat(parsed.isOk()).as("%s", parsed).isFalse();
        assertThat(parsed.reason().orElseThrow()).contains("缓刑").contains("probation period cannot be read");
    }

    @Test
    void aDeathSentenceSuspendedOrAWarningAboutRevokingProbationIsNoSuspensionToRead() {
        assertThat(SentenceText.parse("判处死刑，缓期二年执行，剥夺政治权利终身").value().probation()).isEmpty();
        ParsedSentence warned = SentenceText.parse("判处有期徒刑一年，缓刑二年，在缓刑考验期内禁止进入网吧，违反禁止令情节严重的，依法撤销缓刑。").value();
        assertThat(warned.probation()).hasValue(Months.of(24));
        assertThat(SentenceText.parse("判处有期徒刑一年，不适用缓刑。").value().probation()).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "被告人张三犯盗窃罪，判处有期徒刑一年；被告人李四犯盗窃罪，判处有期徒刑一年，缓刑二年。",
        "被告人王某坤犯开设赌场罪，判处有期徒刑八个月，并处罚金10000元；被告人陈某顺犯开设赌场罪，判处有期徒刑八个月，缓刑一年，并处罚金10000元。",
        "被告人张三犯盗窃罪，判处有期徒刑一年，并处罚金人民币二千元；被告人李四犯盗窃罪，判处有期徒刑一年，并处罚金人民币二千元，剥夺政治权利一年。",
        "被告单位某某贸易有限公司犯虚开增值税专用发票罪，判处罚金人民币二十万元；被告人张三犯虚开增值税专用发票罪，判处有期徒刑三年，缓刑四年。",
    })
    void aTextSentencingSeveralDefendantsIsRefusedEvenWhenTheirPenaltiesAreEqual(String text) {
        Parsed<ParsedSentence> parsed = SentenceText.parse(text);
        assertThat(parsed.isOk()).as("another defendant's probation, fine or deprivation must not land on the person: %s", parsed)
                .isFalse();
        assertThat(parsed.reason().orElseThrow()).contains("判项");
    }

    @Test
    void oneDefendantNamedAgainInAnotherItemIsStillOneDefendant() {
        ParsedSentence s = read(
                "被告人王某坤犯开设赌场罪，判处有期徒刑八个月，并处罚金10000元；对被告人王某坤退出的违法所得予以追缴，由扣押机关上缴国库。");
        assertThat(s.fine()).hasValue(Amount.ofYuan(new BigDecimal("10000")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "被告人张三犯盗窃罪，判处有期徒刑一年，并处罚金人民币五千元；犯诈骗罪，判处有期徒刑一年，并处罚金人民币五千元。",
        "被告人张三犯盗窃罪，判处有期徒刑一年，缓刑二年；犯诈骗罪，判处有期徒刑一年，缓刑二年。",
    })
    void severalOffencesWithoutACombinedSentenceAreRefusedEvenWhenTheirSentencesAreEqual(String text) {
        Parsed<ParsedSentence> parsed = SentenceText.parse(text);
        assertThat(parsed.isOk()).as("%s", parsed).isFalse();
        assertThat(parsed.reason().orElseThrow()).contains("more than one offence").contains("决定执行");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "被告人张三犯猥亵儿童罪，判处有期徒刑三年；禁止被告人张三自刑罚执行完毕之日或者假释之日起五年内从事密切接触未成年人的工作。",
        "被告人张三犯生产、销售有毒、有害食品罪，判处有期徒刑二年，并处罚金人民币二万元；禁止被告人张三自刑罚执行完毕之日或者假释之日起三年内从事食品生产、销售及相关活动。",
        "被告人张三犯医疗事故罪，判处有期徒刑三年；禁止被告人张三自刑罚执行完毕之日起从事医疗相关职业，期限为五年。",
    })
    void anOccupationalBanIsNotAProhibitionOrder(String text) {
        ParsedSentence s = SentenceText.parse(text).value();
        assertThat(s.prohibitionOrder()).as("职业禁止 runs after the penalty, a 禁止令 during probation (CL art. 37-1, 72)").isEmpty();
        assertThat(s.prohibitionTerm()).isEmpty();
        assertThat(s.penalty()).hasValue(PrincipalPenalty.FIXED_TERM);
    }

    @Test
    void aProhibitionOrderBesideAnOccupationalBanIsReadAlone() {
        ParsedSentence s = SentenceText.parse("被告人张三犯组织考试作弊罪，判处有期徒刑一年，缓刑一年六个月，并处罚金人民币一万元；"
                + "禁止被告人张三在缓刑考验期限内从事与考试相关的活动；禁止被告人张三自刑罚执行完毕之日起三年内从事教育培训工作。").value();
        assertThat(s.prohibitionOrder()).hasValue("禁止被告人张三在缓刑考验期限内从事与考试相关的活动");
        assertThat(s.prohibitionTerm()).hasValue(Months.of(18));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "被告人张三犯寻衅滋事罪，判处有期徒刑一年，缓刑二年，在缓刑考验期内禁止进入夜总会、酒吧、网吧等娱乐场所。|禁止进入夜总会、酒吧、网吧等娱乐场所|2/0/0",
        "被告人张三犯寻衅滋事罪，判处有期徒刑一年，缓刑二年。被告人张三在缓刑考验期限内禁止进入夜总会、酒吧、网吧等娱乐场所。|禁止进入夜总会、酒吧、网吧等娱乐场所|2/0/0",
        "判处管制一年，在管制期间禁止被告人进入中小学校区。|禁止被告人进入中小学校区|1/0/0",
        "判处有期徒刑一年，缓刑二年，并宣告禁止令：在缓刑考验期限内禁止被告人从事食品生产经营活动。|禁止被告人从事食品生产经营活动|2/0/0",
        "被告人张三犯非法采矿罪，判处有期徒刑一年，缓刑二年，并处罚金人民币五千元。（禁止令：禁止被告人张三在缓刑考验期内从事河道采砂活动）|禁止被告人张三在缓刑考验期内从事河道采砂活动|2/0/0",
    })
    void aProhibitionOrderWhoseClauseStartsWithItsPeriodOrIsANoteIsRead(String text, String order, String term) {
        ParsedSentence s = SentenceText.parse(text).value();
        assertThat(s.prohibitionOrder()).hasValue(order);
        assertThat(s.prohibitionTerm()).isEqualTo(months(term));
    }

    @Test
    void aRevokedPassageQuotingSeveralItemNumbersEndsAtTheNextItemNotInsideItsNumbers() {
        ParsedSentence s = read("二、撤销某某区人民法院（2023）辽0602刑初5号刑事判决第一、二、三项，即被告人张三犯盗窃罪，"
                + "判处有期徒刑二年，缓刑三年，并处罚金人民币一万元；三、上诉人张三犯盗窃罪，判处有期徒刑二年，并处罚金人民币一万元。");
        assertThat(s.term()).hasValue(Months.of(24));
        assertThat(s.probation()).as("a revoked probation is not a probation").isEmpty();
    }

    @Test
    void aNumberWithoutItsUnitIsNeverATerm() {
        ParsedSentence dated = SentenceText.parse("判处有期徒刑一年，缓刑二年。禁止被告人进入网吧，禁止令期限为2024年1月1日至2025年6月30日。").value();
        assertThat(dated.prohibitionOrder()).hasValue("禁止被告人进入网吧");
        assertThat(dated.prohibitionTerm()).as("202 of 2024 is no number of months").isNotEqualTo(Optional.of(Months.of(202)));
        assertThat(dated.prohibitionTerm().map(Months::years).orElse(0)).isLessThanOrEqualTo(2);
        Parsed<ParsedSentence> decimal = SentenceText.parse("判处有期徒刑1.5年");
        assertThat(decimal.map(ParsedSentence::term).toOptional().flatMap(t -> t)).as("1.5年 is not one month").isEmpty();
    }

    @Test
    void aDeprivationPeriodStatedWithJiIsNotTheTerm() {
        ParsedSentence s = SentenceText.parse("判处有期徒刑三年，剥夺政治权利一年（附加刑剥夺政治权利的刑期从有期徒刑执行完毕之日起计算，"
                + "即自2026年1月1日起至2026年12月31日止）").value();
        assertThat(s.politicalRights()).hasValue(Months.of(12));
        assertThat(s.termStart()).isEmpty();
        assertThat(s.termEnd()).isEmpty();
    }

    @Test
    void aStatedTermShorterThanTheSentenceIsTheCourtsOwnReckoning() {
        // custody before bail, or residential surveillance, credited: the court shortens the end it states
        ParsedSentence s = SentenceText.parse("被告人张三犯诈骗罪，判处有期徒刑一年，并处罚金人民币五千元。（刑期从判决执行之日起计算。判决执行以前先行羁押的，"
                + "羁押一日折抵刑期一日，即自2024年7月10日起至2025年5月3日止。先行羁押的六十八日已予折抵。）").value();
        assertThat(s.termStart()).hasValue(java.time.LocalDate.of(2024, 7, 10));
        assertThat(s.termEnd()).hasValue(java.time.LocalDate.of(2025, 5, 3));
    }

    @Test
    void aTermStatedInPartsRunsFromTheFirstPartsStartToTheLastPartsEnd() {
        ParsedSentence s = SentenceText.parse("被告人张三犯盗窃罪，判处有期徒刑一年。（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，"
                + "即自2023年10月1日起至2023年10月30日止，自2024年3月1日起至2025年1月30日止。）").value();
        assertThat(s.termStart()).hasValue(java.time.LocalDate.of(2023, 10, 1));
        assertThat(s.termEnd()).as("not the first part's end").hasValue(java.time.LocalDate.of(2025, 1, 30));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "被告人张三犯盗窃罪，判处有期徒刑一年，缓刑一年六个月（缓刑期限从判决确定之日起计算，即自2024年3月5日起至2025年9月4日止）。",
        "被告人张三犯盗窃罪，判处有期徒刑一年，缓刑二年（缓刑期自2024年3月5日起至2026年3月4日止）。",
        "被告人张三犯抢劫罪，判处有期徒刑一年，剥夺政治权利一年。附加刑剥夺政治权利的刑期自2025年3月1日起至2026年2月28日止。",
    })
    void theDatesOfAProbationOrOfADeprivationAreNotTheTerms(String text) {
        ParsedSentence s = SentenceText.parse(text).value();
        assertThat(s.termStart()).isEmpty();
        assertThat(s.termEnd()).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "被告人张三犯盗窃罪，判处有期徒刑八个月，并处罚金人民币二千元。二、扣押在案的被告人张三供犯罪所用的手机一部，予以没收，上缴国库。",
        "被告人张三犯开设赌场罪，判处有期徒刑八个月，并处罚金人民币二千元。二、没收被告人张三用于犯罪的赌资人民币三千元及手机二部。",
        "被告人张三犯盗窃罪，判处有期徒刑八个月，并处罚金人民币二千元。二、责令被告人张三与同案犯李四共同退赔被害人王五经济损失人民币八千元。",
        "被告人张三犯组织卖淫罪，判处有期徒刑八个月，并处罚金人民币二千元。二、追缴被告人张三违法犯罪所得人民币五万元，上缴国库。",
        "被告人张三犯故意伤害罪，判处有期徒刑八个月，并处罚金人民币二千元。二、被告人张三因犯罪行为给附带民事诉讼原告人李四造成的经济损失人民币八千元，由被告人张三赔偿。",
        "被告人张三犯盗窃罪，判处有期徒刑八个月，并处罚金人民币二千元。二、对被告人张三所犯盗窃罪的违法所得人民币三千元予以追缴。",
        "被告人张三犯盗窃罪，判处有期徒刑八个月，并处罚金人民币二千元。二、被告人张三供其犯罪使用的作案工具予以没收。",
        "被告人张三犯盗窃罪，判处有期徒刑八个月，并处罚金人民币二千元，被告人张三已预缴的罚金人民币一万元予以折抵。",
        "被告人张三犯盗窃罪，判处有期徒刑八个月，并处罚金人民币二千元，扣押在案的现金人民币三千元折抵罚金人民币三千元。",
        "被告人张三犯盗窃罪，判处有期徒刑八个月，并处罚金人民币二千元。二、驳回被告人张三关于适用缓刑的请求。",
        "被告人张三犯盗窃罪，判处有期徒刑八个月，并处罚金人民币二千元，不予缓刑。",
    })
    void aSingleDefendantsUsualItemsAreNoSecondDefendantFineOrSuspension(String text) {
        ParsedSentence s = read(text);
        assertThat(s.term()).hasValue(Months.of(8));
        assertThat(s.fine()).hasValue(Amount.ofYuan(new BigDecimal("2000")));
        assertThat(s.probation()).isEmpty();
        assertThat(s.confiscation()).as("forfeiting what served the crime is no penalty").isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "被告人张三犯盗窃罪，判处有期徒刑一年，缓刑二年，并处罚金人民币二千元；被告人李四在缓刑考验期内犯盗窃罪，判处有期徒刑六个月，"
                + "撤销某某区人民法院（2022）辽0602刑初88号刑事判决对被告人李四宣告缓刑的部分，数罪并罚，决定执行有期徒刑一年三个月，并处罚金人民币二千元。",
        "被告人张三犯盗窃罪，判处有期徒刑一年，缓刑二年；被告人李四，犯盗窃罪，判处有期徒刑八个月；犯诈骗罪，判处有期徒刑六个月，决定执行有期徒刑一年。",
    })
    void aSecondDefendantWrittenWithAPeriodOrACommaIsStillASecondDefendant(String text) {
        Parsed<ParsedSentence> parsed = SentenceText.parse(text);
        assertThat(parsed.isOk()).as("%s", parsed).isFalse();
        assertThat(parsed.reason().orElseThrow()).contains("2 defendants");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "一、维持某某区人民法院（2023）辽0602刑初5号刑事判决第一项中对上诉人张三犯盗窃罪的定罪量刑部分及犯诈骗罪的定罪部分；二、撤销该判决第一项中对上诉人张三犯诈骗罪的量刑部分及决定执行的刑罚部分；"
                + "三、上诉人张三犯诈骗罪，判处有期徒刑一年，并处罚金人民币五千元，与其所犯盗窃罪判处的有期徒刑二年，并处罚金人民币一万元并罚，决定执行有期徒刑二年六个月，并处罚金人民币一万五千元。|2/6/0|",
        "一、撤销某某区人民法院（2023）辽0602刑初5号刑事判决第二项中撤销缓刑并与前罪并罚，决定执行有期徒刑二年的部分；二、上诉人张三犯盗窃罪，判处有期徒刑六个月，缓刑一年。|0/6/0|1/0/0",
    })
    void aRevokedPartNamingTheCombinedSentenceLeavesTheOperativeItemToRead(String text, String term, String probation) {
        ParsedSentence s = read(text);
        assertThat(s.term()).isEqualTo(months(term));
        assertThat(s.probation()).isEqualTo(months(probation));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"被告人张三犯故意杀人罪，判处死刑，缓期贰年执行，剥夺政治权利终身。", "被告人张三犯故意杀人罪，判处死刑、缓期二年执行，剥夺政治权利终身。"})
    void aDeathSentenceSuspendedInOtherPunctuationOrNumeralsIsADeathSentenceSuspended(String text) {
        ParsedSentence s = SentenceText.parse(text).value();
        assertThat(s.penalty()).hasValue(PrincipalPenalty.DEATH_SUSPENDED);
        assertThat(s.probation()).as("a 死缓's 缓期 is no probation").isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"被告人张三犯强奸罪，判处有期徒刑二年；禁止被告人张三自刑满释放之日起三年内从事教育培训及其他密切接触未成年人的工作。",
        "被告人张三犯销售假药罪，判处有期徒刑一年；禁止被告人张三在刑满释放后三年内从事药品生产、经营活动。"})
    void anOccupationalBanFromReleaseIsNotAProhibitionOrder(String text) {
        assertThat(SentenceText.parse(text).value().prohibitionOrder()).isEmpty();
    }

    @Test
    void theTraditionalCapitalThreeIsThreeBesideNumeralsOnly() {
        ParsedSentence s = SentenceText.parse("被告人張三犯盜竊罪，判處有期徒刑參年，並處罰金人民幣參萬元。").value();
        assertThat(s.term()).hasValue(Months.of(36));
        assertThat(s.fine()).hasValue(Amount.ofYuan(new BigDecimal("30000")));
        assertThat(SentenceText.parse("被告人張三犯組織、領導、參加黑社會性質組織罪，判處有期徒刑二年").value().term())
                .hasValue(Months.of(24));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "被告人张三犯寻衅滋事罪，判处有期徒刑一年，缓刑二年。（禁止令：被告人张三在缓刑考验期内不得进入酒吧、夜总会等娱乐场所）|不得进入酒吧、夜总会等娱乐场所",
        "判处有期徒刑一年，缓刑二年，并宣告禁止令：在缓刑考验期限内不得进入网吧。|不得进入网吧",
    })
    void anOrderNamedAsOneMaySayBudeInsteadOfJinzhi(String text, String order) {
        ParsedSentence s = SentenceText.parse(text).value();
        assertThat(s.prohibitionOrder()).hasValue(order);
        assertThat(s.prohibitionTerm()).hasValue(Months.of(24));
    }

    /** 判项 as courts write an order with 不得 rather than 禁止 (禁止令——在缓刑考验期间内不得进入夜总会、酒吧…). */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "被告人张某犯寻衅滋事罪，判处有期徒刑一年，缓刑二年；被告人张某在缓刑考验期内不得进入夜总会、酒吧、迪厅、网吧等娱乐场所。"
                + "|不得进入夜总会、酒吧、迪厅、网吧等娱乐场所|2/0/0",
        "被告人张某犯非法采矿罪，判处有期徒刑一年，缓刑二年，并处罚金人民币二万元；在缓刑考验期内不得从事采砂经营活动。"
                + "|不得从事采砂经营活动|2/0/0",
        "被告人张某犯寻衅滋事罪，判处有期徒刑一年，缓刑二年；被告人张某在缓刑考验期间内，不得进入网吧。|不得进入网吧|2/0/0",
        "被告人张某犯故意伤害罪，判处管制一年；在管制期间不得接触被害人李某及其近亲属。|不得接触被害人李某及其近亲属|1/0/0",
    })
    void anOrderSayingBudeDuringTheProbationOrSurveillanceIsAnOrder(String text, String order, String term) {
        ParsedSentence s = read(text);
        assertThat(s.prohibitionOrder()).hasValue(order);
        assertThat(s.prohibitionTerm()).isEqualTo(months(term));
    }

    /** CL art. 39, 75: the conditions the law itself sets for 管制 and probation are no prohibition order. */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "被告人张某犯故意伤害罪，判处有期徒刑一年，缓刑一年六个月；被告人张某在缓刑考验期内应当遵守法律、行政法规，服从监督，"
                + "未经考察机关批准不得离开所居住的市、县。",
        "被告人张某犯故意伤害罪，判处有期徒刑一年，缓刑一年；在缓刑考验期内不得违反法律、行政法规。",
        "被告人张某犯故意伤害罪，判处管制一年；在管制期间未经执行机关批准不得行使言论、出版、集会、结社、游行、示威自由的权利。",
        "被告人张某犯故意伤害罪，判处有期徒刑一年，缓刑一年；在缓刑考验期内不得再犯新罪。",
    })
    void aStatutoryConditionSayingBudeIsNoOrder(String text) {
        assertThat(read(text).prohibitionOrder()).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "被告人张某犯盗窃罪，判处有期徒刑一年，缓刑一年，在缓刑考验期内不得进入网吧，不得接触同案人李某。|不得进入网吧；不得接触同案人李某",
        "被告人张某犯盗窃罪，判处有期徒刑一年，缓刑一年，禁止被告人张某在缓刑考验期内进入网吧，不得接触同案人李某。"
                + "|禁止被告人张某在缓刑考验期内进入网吧；不得接触同案人李某",
    })
    void aBudeClauseRightAfterAnOrderGoesOnWithTheOrder(String text, String order) {
        assertThat(read(text).prohibitionOrder()).hasValue(order);
    }

    /** CL art. 72: only 拘役 and 有期徒刑 are suspended; a probation beside another penalty is not read as either. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "被告人张某犯盗窃罪，判处罚金人民币五千元，缓刑一年。|单处附加刑",
        "被告人张某犯盗窃罪，单处罚金人民币五千元，缓刑一年。|单处附加刑",
        "被告人张某犯故意伤害罪，判处管制一年，缓刑二年。|管制",
        "被告人张某犯抢劫罪，判处无期徒刑，缓刑五年。|无期徒刑",
    })
    void aProbationOfAPenaltyThatCannotBeSuspendedIsRefused(String text, String penalty) {
        Parsed<ParsedSentence> parsed = SentenceText.parse(text);
        assertThat(parsed.isOk()).as("%s", parsed).isFalse();
        assertThat(parsed.reason().orElseThrow()).contains("cannot be suspended").contains(penalty);
    }

    @Test
    void anOrdersPeriodInAClauseNamingTheDefendantBeforeItGivesItsTerm() {
        ParsedSentence s = read("被告人张某犯生产、销售有毒、有害食品罪，判处有期徒刑六个月，缓刑一年，并处罚金人民币一万元；"
                + "被告人张某在缓刑考验期限内，禁止从事食品生产、销售及相关活动。");
        assertThat(s.prohibitionOrder()).hasValue("禁止从事食品生产、销售及相关活动");
        assertThat(s.prohibitionTerm()).hasValue(Months.of(12));
    }

    @Test
    void aBudeClauseThatNoOrderNamesIsNoOrder() {
        assertThat(SentenceText.parse("判处有期徒刑一年，缓刑二年，不得离开所居住的市县。").value().prohibitionOrder()).isEmpty();
    }

    @Test
    void anOrdersPeriodInTheClauseBeforeItGivesItsTerm() {
        ParsedSentence s = SentenceText.parse("被告人张三犯寻衅滋事罪，判处有期徒刑一年，缓刑二年。在缓刑考验期限内，禁止被告人张三进入夜总会、酒吧。").value();
        assertThat(s.prohibitionOrder()).hasValue("禁止被告人张三进入夜总会、酒吧");
        assertThat(s.prohibitionTerm()).hasValue(Months.of(24));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "判处有期徒刑十年，并处没收其个人全部财产||all",
        "判处有期徒刑十年，并处没收个人部分财产人民币五万元||50000",
        "被告人张三犯贩卖毒品罪，判处有期徒刑十年，并处没收个人所有财产。||all",
        "被告人张三犯盗窃罪，判处有期徒刑二年，并处罚金人民币一万元；犯诈骗罪，判处有期徒刑三年，并处罚金人民币二万元，决定执行有期徒刑四年，罚金总额人民币三万元。|30000|",
        "判处有期徒刑三年，并处罚金总计人民币三万元|30000|",
        "被告人张三犯盗窃罪，判处有期徒刑二年，并处罚金人民币一万元；犯诈骗罪，判处有期徒刑三年，并处罚金人民币二万元，决定执行有期徒刑四年，罚金合并执行人民币三万元。|30000|",
    })
    void confiscationAndFineVariantsAreRead(String text, String fine, String confiscation) {
        ParsedSentence s = read(text);
        assertThat(s.fine()).isEqualTo(Optional.ofNullable(fine).map(f -> Amount.ofYuan(new BigDecimal(f))));
        assertThat(s.confiscation()).isEqualTo(Optional.ofNullable(confiscation)
                .map(c -> c.equals("all") ? Amount.ofAllProperty() : Amount.ofYuan(new BigDecimal(c))));
    }

    @Test
    void aFineWhoseAmountCannotBeReadFailsTheTextInsteadOfVanishing() {
        Parsed<ParsedSentence> parsed = SentenceText.parse("判处有期徒刑三年，并处罚金人民币一万五");
        assertThat(parsed.isOk()).isFalse();
        assertThat(parsed.reason().orElseThrow()).contains("fine").contains("cannot be read");
    }

    /** Cheque-style amounts from hutool's ConvertTest (chineseMoneyToNumber) and JioNLP's test_money_parser. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "判处有期徒刑三年，并处罚金人民币陆万柒仟伍佰伍拾陆元叁角贰分|67556.32|",
        "判处有期徒刑三年，并处罚金人民币陆万柒仟伍佰伍拾陆元贰分|67556.02|",
        "判处有期徒刑三年，并处罚金六十四万零一百四十三元一角七分|640143.17|",
        "判处有期徒刑十年，并处没收个人财产人民币贰仟肆佰贰拾壹元零贰分||2421.02",
        "判处有期徒刑十年，并处罚金人民币肆佰叁拾萬圆整|4300000|",
    })
    void aFineOrConfiscationWithJiaoAndFenIsReadToTheFen(String text, String fine, String confiscation) {
        ParsedSentence s = read(text);
        assertThat(s.fine()).isEqualTo(Optional.ofNullable(fine).map(f -> Amount.ofYuan(new BigDecimal(f))));
        assertThat(s.confiscation()).isEqualTo(Optional.ofNullable(confiscation).map(c -> Amount.ofYuan(new BigDecimal(c))));
    }

    /** Wordings of a fine's amount around 罚金 (为, 数额为, 金额, RMB, a colon), as money parsers' suites write amounts. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "判处有期徒刑三年，并处罚金为人民币二千元|2000|",
        "判处有期徒刑三年，并处罚金数额为二千元|2000|",
        "判处有期徒刑三年，并处罚金金额人民币二千元|2000|",
        "判处有期徒刑三年，并处罚金RMB2000元|2000|",
        "判处有期徒刑三年，并处罚金人民币：二千元|2000|",
        "判处有期徒刑十年，并处没收个人财产为人民币五万元||50000",
    })
    void aFinesAmountWrittenWithWeiShueOrRmbIsRead(String text, String fine, String confiscation) {
        ParsedSentence s = read(text);
        assertThat(s.fine()).isEqualTo(Optional.ofNullable(fine).map(f -> Amount.ofYuan(new BigDecimal(f))));
        assertThat(s.confiscation()).isEqualTo(Optional.ofNullable(confiscation).map(c -> Amount.ofYuan(new BigDecimal(c))));
    }

    /**
     * A fine or confiscation pronounced in a form not read (人币, a court register's typo for 人民币; no amount at all)
     * fails the text: before, it vanished and the judgment read as having none.
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "判处有期徒刑三个月，并处罚金人币贰仟元|fine",
        "判处有期徒刑三年，并处罚金。|fine",
        "判处有期徒刑三年，并处没收个人财产人币五万元|confiscation",
        "判处有期徒刑十年，并处没收财产|confiscation",
    })
    void aPronouncedFineOrConfiscationWhoseAmountIsNotReadFailsTheTextInsteadOfVanishing(String text, String what) {
        Parsed<ParsedSentence> parsed = SentenceText.parse(text);
        assertThat(parsed.isOk()).as("%s", parsed).isFalse();
        assertThat(parsed.reason().orElseThrow()).contains("the " + what + " in the sentence text cannot be read");
    }

    /** JioNLP's test_money_parser approximations and ranges (3000多, 15k左右, 30w上下, 1万-5万元) in a judgment's fine. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "判处有期徒刑三年，并处罚金五万余元|fine",
        "判处有期徒刑三年，并处罚金三千多元|fine",
        "判处有期徒刑三年，并处罚金五万元左右|fine",
        "判处有期徒刑三年，并处罚金五万至十万元|fine",
        "判处有期徒刑三年，并处罚金1万-5万元|fine",
        "判处有期徒刑三年，并处罚金15k|fine",
        "判处有期徒刑三年，并处罚金30w元|fine",
        "判处有期徒刑三年，并处没收个人财产五万余元|confiscation",
    })
    void aFineThatIsNoOneExactAmountFailsTheTextInsteadOfBeingReadAsItsFirstNumber(String text, String what) {
        Parsed<ParsedSentence> parsed = SentenceText.parse(text);
        assertThat(parsed.isOk()).as("%s", parsed).isFalse();
        assertThat(parsed.reason().orElseThrow()).contains("the " + what + " in the sentence text cannot be read")
                .contains("not one exact amount");
    }

    /** JioNLP's time-parser approximations (一年半以前, 二十几年前, 40多年前) as a judgment's terms: never read as exact. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "判处有期徒刑三年多|principal penalty",
        "判处有期徒刑三年余|principal penalty",
        "判处有期徒刑三年左右|principal penalty",
        "判处有期徒刑三年至五年|principal penalty",
        "判处有期徒刑三年，缓刑三年多|probation",
        "判处有期徒刑三年，剥夺政治权利二年以上|deprivation of political rights",
    })
    void aTermThatIsNoOneExactTermFailsTheTextInsteadOfBeingReadAsItsFirstNumber(String text, String what) {
        Parsed<ParsedSentence> parsed = SentenceText.parse(text);
        assertThat(parsed.isOk()).as("%s", parsed).isFalse();
        assertThat(parsed.reason().orElseThrow()).contains("the " + what + " in the sentence text cannot be read")
                .contains("not one exact term");
    }

    @Test
    void aFineFollowedByRmbIsOneExactAmount() {
        assertThat(read("判处有期徒刑三年，并处罚金5000RMB").fine()).hasValue(Amount.ofYuan(new BigDecimal(5000)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "判处有期徒刑三年，并处罚金人民币二千元。罚金限判决生效后十日内缴纳。",
        "判处有期徒刑三年，并处罚金人民币二千元（罚金已缴纳）。",
        "判处有期徒刑十年，并处没收个人全部财产。",
    })
    void aNoteAboutPayingAFineOrAConfiscationOfAllPropertyNeedsNoAmountOfItsOwn(String text) {
        read(text);
    }

    /** Currencies from JioNLP's test_money_parser (美元, 港币, 港元, 日元, 欧元): none of them is a yuan. */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "判处有期徒刑二年，并处罚金五万美元",
        "判处有期徒刑二年，并处罚金人民币五万元港币",
        "判处有期徒刑二年，并处罚金港币五万元",
        "判处有期徒刑二年，并处罚金2,960港元",
        "判处有期徒刑二年，并处罚金歐元三千元",
        "判处有期徒刑十年，并处没收个人财产一万日元",
    })
    void aFineOrConfiscationInAnotherCurrencyFailsTheTextRatherThanBeReadAsYuan(String text) {
        Parsed<ParsedSentence> parsed = SentenceText.parse(text);
        assertThat(parsed.isOk()).as("%s", parsed).isFalse();
        assertThat(parsed.reason().orElseThrow()).contains("cannot be read").contains("not an amount in yuan");
    }

    @Test
    void aFineJoinedToAnEarlierUnpaidOneAfterTheCombinedSentenceIsRefusedWithTheRightReason() {
        Parsed<ParsedSentence> parsed = SentenceText.parse("被告人张三犯盗窃罪，判处有期徒刑三年，并处罚金人民币三万元，与前罪尚未执行完毕的有期徒刑一年六个月并罚，"
                + "决定执行有期徒刑四年，并处罚金人民币三万元，与前罪尚未缴纳的罚金人民币一万元合并执行。");
        assertThat(parsed.isOk()).isFalse();
        assertThat(parsed.reason().orElseThrow()).contains("combined sentence").contains("more than one fine");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "判处无期徒刑，剥夺政治权利终生|LIFE",
        "被告人张三犯故意伤害罪，免予刑事处分。|EXEMPTED",
        "被告人张三犯故意伤害罪，免除处罚。|EXEMPTED",
    })
    void olderWordingsAreRead(String text, PrincipalPenalty penalty) {
        ParsedSentence s = read(text);
        assertThat(s.penalty()).hasValue(penalty);
    }

    @Test
    void aStatedTermWithoutQiIsRead() {
        ParsedSentence s = SentenceText.parse("判处有期徒刑三年（刑期自2023年1月1日至2025年12月31日止）").value();
        assertThat(s.termStart()).hasValue(java.time.LocalDate.of(2023, 1, 1));
        assertThat(s.termEnd()).hasValue(java.time.LocalDate.of(2025, 12, 31));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "被告人张三犯寻衅滋事罪，判处有期徒刑一年，缓刑二年；禁止被告人张三六个月内进入网吧。|0/6/0",
        "被告人李四犯寻衅滋事罪，判处有期徒刑一年，缓刑二年；禁止被告人李四一年内进入网吧。|1/0/0",
        "被告人王五犯寻衅滋事罪，判处管制一年；禁止被告人王五六个月内进入网吧。|0/6/0",
        "被告人王二犯寻衅滋事罪，判处有期徒刑一年，缓刑二年；禁止被告人王二二年内进入网吧。|2/0/0",
    })
    void anOrdersTermRightAfterANameEndingInANumeralIsNotJoinedToTheName(String text, String term) {
        ParsedSentence s = read(text);
        assertThat(s.prohibitionOrder()).isPresent();
        assertThat(s.prohibitionTerm()).as("张三六个月 is 张三 and six months, not 36 months").isEqualTo(months(term));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "被告人张三犯生产、销售有毒、有害食品罪，判处有期徒刑二年，并处罚金人民币二万元；禁止被告人张三五年内从事食品生产、销售及相关活动。",
        "被告人张三犯强奸罪，判处有期徒刑三年；禁止被告人张三从事教育工作，期限为五年。",
        "被告人张三犯内幕交易罪，判处有期徒刑三年，并处罚金人民币五十万元；禁止被告人张三从事证券相关职业，期限五年，自刑罚执行完毕之日起计算。",
        "被告人张三犯猥亵儿童罪，判处有期徒刑二年；禁止被告人张三在五年内从事密切接触未成年人的工作（从刑罚执行完毕之日或者假释之日起计算）。",
        "被告人张三犯组织考试作弊罪，判处拘役六个月；禁止被告人张三三年内从事与考试相关的工作。",
        "被告人张三犯非法行医罪，免予刑事处罚；禁止被告人张三二年内从事医疗活动。",
    })
    void aBanBesideASentenceWithNeitherProbationNorSurveillanceIsNoProhibitionOrder(String text) {
        ParsedSentence s = read(text);
        assertThat(s.prohibitionOrder()).as("CL art. 38(2), 72(2): a 禁止令 goes only with 管制 or 缓刑").isEmpty();
        assertThat(s.prohibitionTerm()).isEmpty();
    }

    @Test
    void anOrderBesideProbationOrSurveillanceIsStillAnOrder() {
        assertThat(read("被告人张三犯寻衅滋事罪，判处管制一年；禁止被告人张三进入网吧。").prohibitionOrder()).isPresent();
        assertThat(read("判处有期徒刑一年，缓刑二年；禁止被告人张三在缓刑考验期内进入网吧。").prohibitionOrder()).isPresent();
        assertThat(read("判处有期徒刑一年；禁止被告人张三在缓刑考验期内进入网吧。").prohibitionOrder())
                .as("an order during the probation, the probation in the structured columns").isPresent();
        assertThat(read("禁止进入夜总会、酒吧、网吧等娱乐场所").prohibitionOrder())
                .as("a text holding the order alone, the sentence in the structured columns").isPresent();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "被告人张三犯盗窃罪，判处有期徒刑一年，并处罚金人民币1○○○○元。",
        "被告人张三犯盗窃罪，判处有期徒刑一年，并处罚金人民币二○○○元。",
        "被告人张三犯盗窃罪，判处有期徒刑一年，并处罚金人民币10.000元。",
        "被告人张三犯盗窃罪，判处有期徒刑一年，并处罚金人民币5.000元。",
        "被告人张三犯贩卖毒品罪，判处有期徒刑十年，并处没收个人财产人民币20.000元。",
    })
    void anAmountScannedWithLookAlikeZerosOrAPointForTheThousandsIsNeverReadAsAFewYuan(String text) {
        Parsed<ParsedSentence> parsed = SentenceText.parse(text);
        if (parsed.isOk()) {
            ParsedSentence s = parsed.value();
            assertThat(s.fine().or(s::confiscation).orElseThrow().yuan()).as("the amount, whole")
                    .isGreaterThanOrEqualTo(new BigDecimal("1000"));
        } else {
            assertThat(parsed.reason().orElseThrow()).contains("cannot be read");
        }
    }

    @Test
    void anAmountWithFenOrAFractionOfWanIsStillRead() {
        assertThat(read("判处有期徒刑一年，并处罚金人民币3000.50元。").fine()).hasValue(Amount.ofYuan(new BigDecimal("3000.50")));
        assertThat(read("判处有期徒刑一年，并处罚金人民币1.2345万元。").fine()).hasValue(Amount.ofYuan(new BigDecimal("12345")));
        assertThat(read("判处有期徒刑三年（刑期自二○二三年一月一日起至二○二五年十二月三十一日止）").termEnd())
                .hasValue(LocalDate.of(2025, 12, 31));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "被告人张三犯寻衅滋事罪，判处有期徒刑一年，缓刑二年；缓刑考验期限内禁止进入酒吧、网吧等娱乐场所。|禁止进入酒吧、网吧等娱乐场所|2/0/0",
        "被告人张三犯寻衅滋事罪，判处有期徒刑一年，缓刑二年，考验期内禁止进入酒吧、网吧等娱乐场所。|禁止进入酒吧、网吧等娱乐场所|2/0/0",
        "被告人张三犯寻衅滋事罪，判处管制一年，管制期间禁止进入酒吧、歌舞厅等娱乐场所。|禁止进入酒吧、歌舞厅等娱乐场所|1/0/0",
    })
    void anOrderAfterItsPeriodWithoutZaiIsRead(String text, String order, String term) {
        ParsedSentence s = read(text);
        assertThat(s.prohibitionOrder()).hasValue(order);
        assertThat(s.prohibitionTerm()).isEqualTo(months(term));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "被告人张三犯抢劫罪，判处有期徒刑五年，剥夺被告人张三政治权利一年。|1/0/0",
        "被告人张三犯抢劫罪，判处有期徒刑五年，剥夺其政治权利一年。|1/0/0",
        "被告人张三犯抢劫罪，判处有期徒刑五年，剥夺政治权力一年。|1/0/0",
        "被告人张三犯故意杀人罪，判处无期徒刑，剥夺政治权力终身。|life",
    })
    void aDeprivationNamingThePersonOrWrittenQuanliIsRead(String text, String dpr) {
        assertThat(read(text).politicalRights()).isEqualTo(months(dpr));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "被告人张三犯诈骗罪，判处有期徒刑三年，并处罚金人民币一万元；没收被告人张三犯罪所得财产人民币五万元。",
        "被告人张三犯诈骗罪，判处有期徒刑三年，并处罚金人民币一万元；没收被告人张三非法所得财产人民币五万元。",
    })
    void aForfeitureOfTheProceedsIsNoConfiscationOfProperty(String text) {
        ParsedSentence s = read(text);
        assertThat(s.confiscation()).as("CL art. 64, not art. 59").isEmpty();
        assertThat(s.fine()).hasValue(Amount.ofYuan(new BigDecimal("10000")));
    }

    @Test
    void anAdministrativeFinePronouncedInASentenceFailsTheTextInsteadOfVanishing() {
        Parsed<ParsedSentence> parsed = SentenceText.parse("被告人张三犯诈骗罪，判处有期徒刑三年，并处罚款人民币五万元。");
        assertThat(parsed.isOk()).isFalse();
        assertThat(parsed.reason().orElseThrow()).contains("fine").contains("罚款");
    }

    @Test
    void aNewOffenceDuringParoleCombinedAfterRevokingTheParoleIsTheCombinedSentence() {
        ParsedSentence s = read("被告人张三犯盗窃罪，判处有期徒刑一年；撤销辽宁省丹东市中级人民法院（2021）辽06刑更123号刑事裁定"
                + "对罪犯张三的假释，与前罪没有执行完毕的刑罚有期徒刑一年二个月并罚，决定执行有期徒刑二年。");
        assertThat(s.penalty()).hasValue(PrincipalPenalty.FIXED_TERM);
        assertThat(s.term()).hasValue(Months.of(24));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "对罪犯张三减去有期徒刑八个月。",
        "对罪犯张三减去有期徒刑八个月，剥夺政治权利减为二年。",
        "对罪犯张三予以假释，假释考验期为一年六个月。",
        "将罪犯张三的死刑缓期二年执行减为无期徒刑，剥夺政治权利终身不变。",
    })
    void aRulingThatChangesASentenceIsNoJudgmentsSentence(String text) {
        Parsed<ParsedSentence> parsed = SentenceText.parse(text);
        assertThat(parsed.isOk()).as("%s", parsed).isFalse();
        assertThat(parsed.reason().orElseThrow()).contains("ruling").contains("commutations");
    }

    @Test
    void theCommutationADeathSentenceSuspendedForeseesIsNoRuling() {
        assertThat(read("被告人张三犯故意杀人罪，判处死刑，缓期二年执行，剥夺政治权利终身；"
                + "同时决定在其死刑缓期执行二年期满依法减为无期徒刑后，终身监禁，不得减刑、假释。").penalty())
                .hasValue(PrincipalPenalty.DEATH_SUSPENDED);
    }

    @Test
    void aCombinedSentenceOfTheFinesAloneAfterASuspendedSentenceFailsTheTextInsteadOfLosingTheProbation() {
        Parsed<ParsedSentence> parsed = SentenceText.parse("被告人张三犯盗窃罪，判处有期徒刑一年，缓刑二年，并处罚金人民币一万元，"
                + "与前罪未缴纳的罚金人民币五千元合并执行，决定执行罚金人民币一万五千元。");
        assertThat(parsed.isOk()).as("%s", parsed).isFalse();
        assertThat(parsed.reason().orElseThrow()).contains("names no principal penalty nor probation");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "被告人张三犯寻衅滋事罪，判处有期徒刑一年，缓刑二年。二、禁止被告人张三在缓刑考验期限内进入夜总会、酒吧。|禁止被告人张三在缓刑考验期限内进入夜总会、酒吧|2/0/0",
        "一、撤销辽宁省东港市人民法院（2023）辽0681刑初123号刑事判决；二、上诉人张三犯寻衅滋事罪，判处有期徒刑二年，缓刑三年；"
                + "三、禁止上诉人张三在缓刑考验期限内进入酒吧、夜总会。|禁止上诉人张三在缓刑考验期限内进入酒吧、夜总会|3/0/0",
        "（一）被告人张三犯寻衅滋事罪，判处管制一年；（二）在管制期间禁止被告人张三进入网吧。|禁止被告人张三进入网吧|1/0/0",
    })
    void anOrderInANumberedItemOrNamingTheAppellantIsRead(String text, String order, String term) {
        ParsedSentence s = read(text);
        assertThat(s.prohibitionOrder()).hasValue(order);
        assertThat(s.prohibitionTerm()).isEqualTo(months(term));
    }

    /**
     * A text of 20,000 characters, garbled (a long run of digits in an amount, a clause of repeated
     * periods before its 禁止, a run of term characters), is read or refused like a short one: no pattern
     * recurses once per character (which overflowed the stack from about 2,000 digits) or retries every
     * prefix of a run.
     */
    @Test
    void aLongGarbledTextIsReadOrRefusedWithoutOverflowingTheStack() {
        Parsed<ParsedSentence> amount = SentenceText.parse("判处有期徒刑一年，并处罚金人民币1." + "0".repeat(20_000) + "元");
        assertThat(amount.isOk()).isFalse();
        assertThat(amount.reason().orElseThrow()).contains("fine");
        ParsedSentence order = read("判处有期徒刑一年，缓刑二年；" + "在缓刑考验期内".repeat(2_800) + "禁止进入网吧");
        assertThat(order.probation()).hasValue(Months.of(24));
        assertThat(SentenceText.parse("判处有期徒刑" + "年".repeat(20_000)).isOk()).isFalse();
        assertThat(read("判处有期徒刑一年，缓刑二年；禁止被告人张" + "三".repeat(20_000) + "年内进入网吧").prohibitionTerm())
                .as("the name's digits are not the term's: 三年").hasValue(Months.of(36));
    }

    /** What {@code text} reads as, asserting that it reads ({@code as} describes it, with the result). */
    private static ParsedSentence read(String text, String as) {
        Parsed<ParsedSentence> parsed = SentenceText.parse(text);
        assertThat(parsed.isOk()).as(as, parsed).isTrue();
        return parsed.value();
    }

    private static ParsedSentence read(String text) {
        return read(text, "%s");
    }

    private static Optional<Months> months(String cell) {
        if (cell == null) {
            return Optional.empty();
        }
        if (cell.equals("life")) {
            return Optional.of(Months.ofLife());
        }
        String[] p = cell.split("/");
        return Optional.of(new Months(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]), false));
    }

    private static Optional<Amount> amount(String cell) {
        if (cell == null) {
            return Optional.empty();
        }
        return Optional.of(cell.equals("all") ? Amount.ofAllProperty() : Amount.ofYuan(new BigDecimal(cell)));
    }
}
