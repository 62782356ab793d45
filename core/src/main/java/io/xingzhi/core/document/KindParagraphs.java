package io.xingzhi.core.document;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The paragraphs a document says about a lead of one kind, read from a paragraph file
 * ({@code 段落-<model>.md}): per kind a section headed {@code ## CODE} (anything after the code is
 * a note for the reader), holding lines that start with a part's name and a full-width colon -
 * {@code 事实：} (the facts found), {@code 纠正意见：} (what a 纠正违法通知书 asks) and
 * {@code 检察建议：} (what a 检察建议 recommends). Each line is a template for {@link TemplateRenderer}.
 * The section {@code ## *} is the paragraph of every kind that has none of its own. Blank lines
 * and {@code <!-- -->} comments are ignored; any other line is an error, so a typo never vanishes.
 */
final class KindParagraphs {
    static final String FACT = "事实";
    static final String NOTICE_REQUEST = "纠正意见";
    static final String RECOMMENDATION = "检察建议";
    /** The code of the section that serves every kind without its own. */
    static final String ANY_KIND = "*";

    private final Map<String, Map<String, String>> byCode;

    private KindParagraphs(Map<String, Map<String, String>> byCode) {
        this.byCode = byCode;
    }

    /** No paragraphs at all. */
    static KindParagraphs none() {
        return new KindParagraphs(Map.of());
    }

    /**
     * Reads a paragraph file.
     *
     * @throws TemplateException naming the file and line of anything it cannot read
     */
    static KindParagraphs parse(String name, String text) {
        Map<String, Map<String, String>> byCode = new LinkedHashMap<>();
        String[] lines = withoutComments(text).split("\\R", -1);
        Map<String, String> current = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("## ")) {
                String code = line.substring(3).strip().split("\\s+")[0];
                current = byCode.computeIfAbsent(code, k -> new LinkedHashMap<>());
                continue;
            }
            int colon = line.indexOf('：');
            String part = colon < 0 ? "" : line.substring(0, colon).strip();
            if (current == null || !(part.equals(FACT) || part.equals(NOTICE_REQUEST) || part.equals(RECOMMENDATION))) {
                throw new TemplateException("paragraphs " + name + ", line " + (i + 1) + ": expected \"## CODE\" or a line "
                        + "starting with 事实：, 纠正意见： or 检察建议：, found \"" + line + "\"");
            }
            current.put(part, line.substring(colon + 1).strip());
        }
        return new KindParagraphs(byCode);
    }

    /** The part's template for the kind {@code code}, from its own section only. */
    Optional<String> part(String code, String part) {
        return Optional.ofNullable(byCode.getOrDefault(code, Map.of()).get(part)).filter(s -> !s.isBlank());
    }

    /** The template text with its {@code <!-- … -->} comments removed. */
    static String withoutComments(String text) {
        return text.replaceAll("(?s)<!--.*?-->[ \\t]*(\\R)?", "");
    }
}
