package io.xingzhi.core.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RejectionCategoryTest {
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("\"[^\"]*\"|“[^”]*”|(?<![A-Za-z])'[^']*'");
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d+");

    /** {@link Rejection#category}'s definition: quoted values, then numbers, replaced by two expressions. */
    private static String categoryByExpressions(String reason) {
        return NUMBER.matcher(QUOTED.matcher(reason).replaceAll("\"…\"")).replaceAll("#");
    }

    @Test
    void anApostropheInAWordIsNoQuoteSoTheKindOfReasonKeepsItsWords() {
        String reason = "principal_penalty: the principal penalty cannot be determined: principal_penalty is blank and "
                + "sentence_text cannot be read (the sentence text sentences 2 defendants: whose penalties are whose cannot "
                + "be told; give the person's own 判项): \"被告人张三、李四\"; a judgment is taken as 单处 or 免予刑事处罚 only when it says so";
        assertThat(Rejection.category(reason)).isEqualTo("principal_penalty: the principal penalty cannot be determined: "
                + "principal_penalty is blank and sentence_text cannot be read (the sentence text sentences # defendants: whose "
                + "penalties are whose cannot be told; give the person's own 判项): \"…\"; a judgment is taken as 单处 or 免予刑事处罚 only when it says so");
        assertThat(ReasonText.chinese(Rejection.category(reason))).isEqualTo("主刑：无法确定主刑：主刑为空，且判决结果无法读取（判决结果判处了 # 名被告人：无法分辨各人的刑罚；请填写本人的判项）："
                + "\"…\"；判决只有写明单处或免予刑事处罚时才按此认定");
    }

    @Test
    void aSingleQuotedValueIsStillLeftOut() {
        assertThat(Rejection.category("the file names ';' as its separator (Excel's sep= line): only comma-separated files are read"))
                .isEqualTo("the file names \"…\" as its separator (Excel's sep= line): only comma-separated files are read");
    }

    @Test
    void theOnePassCategoryIsTheTwoExpressionsOverRandomReasons() {
        java.util.Random random = new java.util.Random(15);
        String alphabet = "ab 09\"'“”’:;,.()#…中x7";
        for (int n = 0; n < 200_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String reason = b.toString();
            assertThat(Rejection.category(reason)).as(reason).isEqualTo(categoryByExpressions(reason));
        }
    }
}
