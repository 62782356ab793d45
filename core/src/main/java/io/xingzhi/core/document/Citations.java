package io.xingzhi.core.document;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Articles as a procuratorial document cites them: the law's title in 《》 (national laws with
 * 中华人民共和国), article, paragraph and item numbers in Chinese numerals. A lead's legal basis says
 * {@code 刑事诉讼法第264条}; the document says {@code 《中华人民共和国刑事诉讼法》第二百六十四条}.
 */
final class Citations {
    /** Laws cited by their short name in the models, cited with the state's name in documents. */
    private static final Set<String> NATIONAL_LAWS = Set.of("刑法", "刑事诉讼法", "监狱法", "社区矫正法", "公司法",
            "人民检察院组织法", "治安管理处罚法", "行政处罚法");
    /** Where the article numbers start: the first 第 followed by a number. */
    private static final Pattern ARTICLE_START = Pattern.compile("第[0-9零一二三四五六七八九十百千]");
    private static final Pattern NUMBER_UNIT = Pattern.compile("第(\\d+)(条|款|项|章|节)");
    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private Citations() {
    }

    /** One article as a document cites it. */
    static String cite(String article) {
        String a = article.strip();
        Matcher m = ARTICLE_START.matcher(a);
        int cut = m.find() && m.start() > 0 ? m.start() : a.length();
        String law = a.substring(0, cut).strip();
        String rest = a.substring(cut);
        return title(law) + numerals(rest);
    }

    /** Several articles, each once, joined with 、. */
    static String citeAll(Collection<String> articles) {
        Set<String> out = new LinkedHashSet<>();
        for (String a : articles) {
            out.add(cite(a));
        }
        return String.join("、", out);
    }

    /** True for the procuratorate's own rules (its authority), false for the rules an agency must keep. */
    static boolean procuratorial(String article) {
        String a = article.strip();
        return a.startsWith("人民检察院") || a.startsWith("中华人民共和国人民检察院") || a.startsWith("《人民检察院");
    }

    /** The articles of {@code basis} the supervised agency is held to, in order. */
    static List<String> violated(Collection<String> basis) {
        return basis.stream().filter(a -> !procuratorial(a)).toList();
    }

    /** The articles of {@code basis} that empower the procuratorate, in order. */
    static List<String> authority(Collection<String> basis) {
        return basis.stream().filter(Citations::procuratorial).toList();
    }

    private static String title(String law) {
        if (law.isEmpty()) {
            return "";
        }
        if (law.endsWith("》")) {
            return law; // already cited with its title, e.g. 最高人民法院、…《关于…的规定（试行）》
        }
        String name = law.replace('《', '〈').replace('》', '〉');
        if (NATIONAL_LAWS.contains(name)) {
            name = "中华人民共和国" + name;
        }
        return "《" + name + "》";
    }

    private static String numerals(String rest) {
        Matcher m = NUMBER_UNIT.matcher(rest);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement("第" + chinese(Integer.parseInt(m.group(1))) + m.group(2)));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** A whole number from 0 to 9999 in Chinese numerals as articles are numbered: 10 十, 110 一百一十, 1005 一千零五. */
    static String chinese(int n) {
        if (n < 0 || n > 9999) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return DIGITS[n];
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
        }
        String[] units = {"", "十", "百", "千"};
        StringBuilder b = new StringBuilder();
        String s = Integer.toString(n);
        boolean zero = false;
        for (int i = 0; i < s.length(); i++) {
            int d = s.charAt(i) - '0';
            int unit = s.length() - 1 - i;
            if (d == 0) {
                zero = true;
                continue;
            }
            if (zero) {
                b.append("零");
                zero = false;
            }
            b.append(DIGITS[d]).append(units[unit]);
        }
        return b.toString();
    }
}
