package io.xingzhi.core.supervision;

import java.util.List;
import java.util.Objects;

/**
 * A keyword group of the prohibition-order model (设置关键词): when an order's text contains one
 * of {@code triggers}, activities and business scopes are searched for {@code keywords}. A group
 * marked {@code founding} instead applies the founding-enterprise rule (LAW.md §3).
 *
 * @param name a short name for reports
 * @param triggers words in the order text that select this group
 * @param keywords words looked for in venue type, venue name, description or business scope
 * @param founding true for an order against founding enterprises (设立公司、企业)
 */
public record KeywordGroup(String name, List<String> triggers, List<String> keywords, boolean founding) {
    public KeywordGroup {
        Objects.requireNonNull(name);
        triggers = List.copyOf(triggers);
        keywords = List.copyOf(keywords);
        if (triggers.isEmpty()) {
            throw new IllegalArgumentException("keyword group " + name + " has no trigger words");
        }
        if (!founding && keywords.isEmpty()) {
            throw new IllegalArgumentException("keyword group " + name + " has no keywords");
        }
    }

    /** True when the order text contains one of the triggers. */
    public boolean selectedBy(String orderText) {
        return triggers.stream().anyMatch(orderText::contains);
    }

    /** The defaults of LAW.md §3. */
    public static List<KeywordGroup> defaults() {
        return List.of(
                new KeywordGroup("娱乐场所", List.of("娱乐场所", "夜总会", "酒吧", "迪厅", "歌舞厅", "网吧", "KTV"),
                        List.of("夜总会", "酒吧", "迪厅", "歌舞厅", "网吧", "网咖", "KTV", "娱乐会所"), false),
                new KeywordGroup("学校", List.of("学校", "小学", "中学", "幼儿园", "校区"),
                        List.of("小学", "中学", "学校", "幼儿园"), false),
                new KeywordGroup("食品", List.of("食品"), List.of("食品", "餐饮"), false),
                new KeywordGroup("采砂", List.of("采砂"), List.of("采砂", "河砂", "砂石"), false),
                new KeywordGroup("排污", List.of("污染物", "排污"), List.of("污染物", "排污"), false),
                new KeywordGroup("设立公司", List.of("设立公司", "设立企业", "公司、企业"), List.of(), true));
    }
}
