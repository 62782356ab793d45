package io.xingzhi.core.value;

/**
 * Parses the sentence as courts write it, e.g.
 * {@code 判处有期徒刑三年六个月,缓刑四年,并处罚金人民币五万元,剥夺政治权利二年},
 * {@code 单处剥夺政治权利一年}, {@code 并处没收个人全部财产}, {@code 判处死刑，缓期二年执行},
 * {@code 判处无期徒刑，剥夺政治权利终身}. Full-width punctuation is accepted; when several offences are
 * sentenced and then combined after {@code 决定执行}, only the combined sentence counts; bracketed
 * notes about term counting or payment (（刑期从…起至…止）) are not penalties; a prohibition order
 * may be its own clause ({@code 禁止被告人在缓刑考验期内…}).
 */
public final class SentenceText {
    private SentenceText() {
    }

    /** Reads what it can; an unreadable text gives {@link ParsedSentence#empty()} with a failure reason. */
    public static Parsed<ParsedSentence> parse(String text) {
        throw new UnsupportedOperationException("TODO");
    }
}
