package io.xingzhi.core.engine;

import io.xingzhi.core.record.AgencyRecord;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.Judgment;
import io.xingzhi.core.run.SourceNote;
import io.xingzhi.core.value.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The run report's word on judgments kept although their {@code sentence_text} could not be read
 * (their principal penalty came from its column): one {@link SourceNote.Kind#TEXT_UNREAD} note per
 * file, counting them and naming the first few lines with the reason. A text that fails is refused
 * because reading it would guess (two defendants, a probation that cannot be read…), and it may say
 * what the columns do not: the prosecutor reads it by hand.
 */
public final class UnreadSentenceTexts {
    /** How many lines a note names. */
    public static final int NAMED = 3;

    private UnreadSentenceTexts() {
    }

    /**
     * The notes for {@code records} (any records, in reading order; only judgments with an unread
     * text count): one per source, in the order the sources first appear. Empty when none.
     */
    public static List<SourceNote> notes(List<? extends AgencyRecord> records) {
        Map<String, List<Judgment>> bySource = new LinkedHashMap<>();
        for (AgencyRecord r : records) {
            if (r instanceof Judgment j && j.sentenceTextProblem().isPresent()) {
                bySource.computeIfAbsent(j.ref().source(), s -> new ArrayList<>()).add(j);
            }
        }
        List<SourceNote> notes = new ArrayList<>();
        bySource.forEach((source, unread) -> {
            StringBuilder zh = new StringBuilder().append(unread.size())
                    .append(" 行判决的判项（sentence_text）未能解析，其字段仅取自各列，请人工核对判项：");
            StringBuilder en = new StringBuilder().append("the sentence_text of ").append(unread.size())
                    .append(unread.size() == 1 ? " judgment" : " judgments")
                    .append(" could not be read; their fields come from the columns alone, check the text by hand: ");
            for (int i = 0; i < Math.min(NAMED, unread.size()); i++) {
                Judgment j = unread.get(i);
                // the reason names no identity number: the parser's reasons quote the text's words only
                String why = Texts.forMessage(j.sentenceTextProblem().get());
                zh.append(i == 0 ? "" : "；").append("第 ").append(j.ref().line()).append(" 行：").append(why);
                en.append(i == 0 ? "" : "; ").append("line ").append(j.ref().line()).append(": ").append(why);
            }
            if (unread.size() > NAMED) {
                zh.append("；等");
                en.append("; and others");
            }
            notes.add(new SourceNote(source, Optional.of(Dataset.JUDGMENTS), SourceNote.Kind.TEXT_UNREAD,
                    zh.toString(), en.toString()));
        });
        return notes;
    }
}
