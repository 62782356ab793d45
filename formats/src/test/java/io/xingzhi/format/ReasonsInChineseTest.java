package io.xingzhi.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.ReasonText;
import io.xingzhi.core.record.Rejection;
import io.xingzhi.testkit.CollectingVisitor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The reasons the row readers give for a line they cannot split all have a Chinese rendering ({@link ReasonText}). */
class ReasonsInChineseTest {
    private static List<Rejection> csv(String text) throws IOException {
        return csv(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Rejection> csv(byte[] bytes) throws IOException {
        CollectingVisitor c = new CollectingVisitor();
        new CsvRowReader().read(Dataset.CUSTODY, "custody.csv", new ByteArrayInputStream(bytes), c);
        return c.rejections;
    }

    private static List<Rejection> json(String text) throws IOException {
        CollectingVisitor c = new CollectingVisitor();
        new JsonRowReader().read(Dataset.CUSTODY, "custody.jsonl", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), c);
        return c.rejections;
    }

    @Test
    void theReasonsForLinesThatCannotBeSplitReadInChinese() throws IOException {
        List<Rejection> all = new ArrayList<>();
        all.addAll(csv("姓名,入所日期\n张三,2024-01-01,多余\n李四,\"2024-01-01\"x\n王五,\"2024-01-01\n"));
        all.addAll(csv("sep=;\n姓名;入所日期\n张三;2024-01-01\n"));
        all.addAll(csv("姓名,入所日期\n张三,\"2024\n-01-01\"x\n赵六,2024-01-01\n"));
        byte[] nul = "姓名,入所日期\n\0\0\0\0\n张三,2024-01-01\n".getBytes(StandardCharsets.UTF_8);
        all.addAll(csv(nul));
        byte[] bad = new byte[] {(byte) 0xE5, (byte) 0xA7, (byte) 0x93, ',', 'a', '\n', (byte) 0xFF, (byte) 0xFE, 'x', ',', 'y', '\n'};
        all.addAll(csv(bad));
        all.addAll(json("{\"姓名\":\"张三\"} x\n[1]\n{\"姓名\":\"张三\",\"姓名\":\"李四\"}\n{\"姓名\":\"张\\ud800三\"}\n{\"姓名\":\n"));
        all.addAll(json("[{\"姓名\":\"张三\"},{\"姓名\":"));
        all.addAll(json("[{\"姓名\":\"张三\"}] x"));
        all.addAll(json("[{\"姓名\":\"张三\"},"));
        List<String> untranslated = new ArrayList<>();
        for (Rejection r : all) {
            String zh = ReasonText.chinese(r.ref().dataset(), r.reason());
            if (!ReasonText.translated(r.reason()) || zh.replaceAll("\"[^\"]*\"", "").matches("(?s).*\\b(?!JSON|CSV|MiB|Excel|sep|NUL|UTF)[a-z]{3,}.*")) {
                untranslated.add(r.reason() + " → " + zh);
            }
        }
        assertThat(all).hasSizeGreaterThan(10);
        assertThat(untranslated).isEmpty();
    }

    @Test
    void aRecordWithTooManyFieldsSaysSoInChinese() throws IOException {
        List<Rejection> r = csv("姓名,入所日期\n张三,2024-01-01,多余\n");
        assertThat(r).extracting(Rejection::reason).containsExactly("expected 2 fields, found 3");
        assertThat(ReasonText.chinese(r.get(0).reason())).isEqualTo("应有 2 个字段，实有 3 个");
    }

    /** Each literal of a statement that makes a reason in the readers is part of one of {@link ReasonText#templates()}. */
    @Test
    void everyReasonTheReadersMakeHasAChineseTemplate() throws IOException {
        Pattern call = Pattern.compile("(?:new Rejection\\(|reject\\(first, |broken = |problem = |reason = |undecodableReason = "
                + "|String undecodable = |static final String ZERO_BYTES =|return \"(?=[a-zA-Z]))");
        Pattern literal = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
        List<String> searchable = ReasonText.templates().stream()
                .map(t -> t.replace("{q}", "\"\"").replaceAll("\\{[vnrf]\\d?}", "\u0000")).toList();
        TreeSet<String> missing = new TreeSet<>();
        int found = 0;
        for (String file : List.of("CsvSplitter.java", "JsonRowReader.java", "LineDecoder.java")) {
            String src = Files.readString(Path.of("src/main/java/io/xingzhi/format", file), StandardCharsets.UTF_8)
                    .replaceAll("(?m)^\\s*(//|\\*|/\\*\\*).*$", "");
            Matcher m = call.matcher(src);
            while (m.find()) {
                int end = src.indexOf(";\n", m.end());
                String statement = src.substring(m.group().endsWith("\"") ? m.end() - 1 : m.end(), end < 0 ? src.length() : end);
                Matcher l = literal.matcher(statement);
                while (l.find()) {
                    String text = l.group(1).replace("\\\"", "\"").replace("\\\\", "\\").replaceFirst("^[a-z_]*: ", "");
                    if (!text.matches("(?s).*[A-Za-z]{2,}.*") || text.matches("[A-Za-z_0-9-]+|\\\\u|\\\\t|[A-Za-z]+\\[")) {
                        continue; // no words; a name (a charset, a column), an escape, a toString
                    }
                    found++;
                    if (searchable.stream().noneMatch(s -> s.contains(text))) {
                        missing.add(file + ": " + text);
                    }
                }
            }
        }
        assertThat(found).isGreaterThan(15);
        assertThat(missing).isEmpty();
    }
}
