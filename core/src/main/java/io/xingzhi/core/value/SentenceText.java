package io.xingzhi.core.value;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the sentence as courts write it, e.g.
 * {@code 判处有期徒刑三年六个月,缓刑四年,并处罚金人民币五万元,剥夺政治权利二年},
 * {@code 单处剥夺政治权利一年}, {@code 并处没收个人全部财产}, {@code 判处死刑，缓期二年执行},
 * {@code 判处无期徒刑，剥夺政治权利终身}. Full-width punctuation is accepted; when several offences are
 * sentenced and then combined after {@code 决定执行}, only the combined sentence counts; bracketed
 * notes about term counting or payment (（刑期从…起至…止）) are not penalties, but a stated term
 * fills the term's first and last day; a prohibition order may be its own clause
 * ({@code 禁止被告人在缓刑考验期内…}).
 *
 * <p>How it reads, precisely:
 * <ul>
 *   <li>A ruling that changes a sentence being served ({@code 对罪犯张三减去有期徒刑八个月},
 *       {@code 予以假释，假释考验期为一年}) is no judgment's sentence: the parse fails.</li>
 *   <li>The text is folded (width, traditional characters, {@code ○} to {@code 〇}) and its whitespace
 *       removed.</li>
 *   <li><b>Appellate texts.</b> A passage that starts with {@code 撤销} (outside bracketed notes)
 *       quotes the judgment it revokes, up to the operative part: the next numbered item
 *       ({@code 三、}, {@code (三)}), {@code 改判}, or the end of the sentence ({@code 。}); a
 *       {@code ；} inside the passage does not end it, unless nothing is pronounced after the
 *       passage and it quotes nothing ({@code 即…}): then it ends at its first {@code ；} or
 *       {@code ，} that a pronounced penalty follows ({@code 撤销…刑事判决；上诉人…犯…罪，判处…}). The passage is not read: a probation it
 *       quotes is not a probation. When such a passage also contains {@code 决定执行}, which
 *       sentence is operative cannot be read safely and the parse fails; when nothing operative
 *       is left, the parse fails too. A passage that revokes a probation (or a parole) and combines the
 *       sentences (CL art. 77: {@code 撤销…宣告缓刑的部分，与…并罚，决定执行…}; art. 86:
 *       {@code 撤销…对罪犯张三的假释，与…并罚，决定执行…}; without a quoting
 *       {@code 即}) ends where its combined sentence starts, which is the operative one; a passage
 *       that revokes a combined sentence as a part of a judgment ({@code …决定执行有期徒刑二年的部分})
 *       is a quote like any other.</li>
 *   <li>Every bracketed note ({@code (…)}, {@code （…）}, {@code 【…】}, {@code [ … ]}) is then
 *       dropped before penalties are looked for (a note stating a prohibition order,
 *       {@code （禁止令：…）}, still gives the order).</li>
 *   <li><b>One defendant.</b> A text that sentences two defendants (two names after
 *       {@code 被告人}/{@code 上诉人} before {@code 犯…}) or a defendant unit ({@code 被告单位}) beside
 *       a person fails: whose penalties are whose cannot be told, even when they are equal.</li>
 *   <li>When {@code 决定执行} occurs, the combined sentence after its last occurrence is the
 *       sentence (else after the last {@code 合并执行}, which may also join an earlier unpaid fine
 *       to the combined one), up to a listing of the per-offence terms that may follow it
 *       ({@code 其中…}, {@code 已判处…}, {@code 分别判处…}, or a clause naming an offence,
 *       {@code 犯…罪}). The per-offence penalties are ignored, including supplementary penalties
 *       the combined part does not restate: per-offence fines are <em>not</em> summed, because
 *       under CL art. 69 the court states the combined supplementary penalties after
 *       {@code 决定执行} and a sum would be a guess. The prohibition order is looked for in the
 *       whole (operative) text. A combined part that names no principal penalty nor probation
 *       when the text before it suspends a sentence ({@code …缓刑二年…合并执行，决定执行罚金人民币一万五千元})
 *       fails the text: the probation is not said where the combined sentence is.</li>
 *   <li>The principal penalty is the one named with its term ({@code 有期徒刑三年},
 *       {@code 有期徒刑一年又三个月}, {@code 拘役五个月}, {@code 管制一年}), or {@code 无期徒刑},
 *       {@code 死刑，缓期二年执行}, {@code 死刑}, {@code 免予刑事处罚} ({@code 免除处罚}), or {@code 单处…} /
 *       {@code 判处罚金…} when no principal penalty is named at all ({@link
 *       PrincipalPenalty#SUPPLEMENTARY_ONLY}). A commutation the judgment foresees
 *       ({@code 死刑缓期执行二年期满依法减为无期徒刑后，终身监禁}) is not a second penalty: that text
 *       is a 死缓. Life imprisonment and death sentences have no {@code term}. An exemption from punishment
 *       is no penalty at all (CL art. 37): a text that exempts and also pronounces a penalty
 *       ({@code 免予刑事处罚，并处罚金人民币五千元}, {@code …，剥夺政治权利一年}, {@code …，缓刑一年}) fails, while what
 *       art. 37 allows beside it ({@code 责令退赔…}, {@code 追缴违法所得…}) and a refund of a fine paid in advance
 *       ({@code 已缴纳的罚金…予以退还}) are no penalty and leave it an exemption. Only 拘役 and 有期徒刑 are suspended
 *       (CL art. 72): a probation beside another penalty ({@code 判处罚金人民币五千元，缓刑一年},
 *       {@code 判处管制一年，缓刑二年}) fails the text.</li>
 *   <li>Without {@code 决定执行}, two offences sentenced ({@code 罪，判处…} twice) fail, equal or
 *       not: which sentence is executed is not said.</li>
 *   <li>A probation is {@code 缓刑二年}, {@code 缓刑考验期(限)(为)二年}, {@code 缓刑期(限)为二年},
 *       {@code 考验期限为二年} or the older {@code 有期徒刑一年，缓期一年执行}. A text that suspends
 *       the sentence ({@code 缓刑}, or a {@code 缓期…执行} that is not a 死缓's; not
 *       {@code 撤销缓刑} nor an order's {@code 在缓刑考验期内}) but whose probation cannot be read
 *       fails: it is never read as a sentence served in custody.</li>
 *   <li>A term in the text is read only up to a unit ({@code 年}, {@code 月}, {@code 天},
 *       {@code 日}, {@code 半}): {@code 2024年…} is a date, not 202 months. A term followed by an
 *       approximation or a range ({@code 三年多}, {@code 三年左右}, {@code 三年至五年}) fails the
 *       text.</li>
 *   <li>A fine is {@code 罚金} followed by an amount, also written {@code 罚金计…},
 *       {@code 罚金共计…}, {@code 罚金总计…}, {@code 罚金总额…}, {@code 罚金合并执行…}, {@code 罚金为…},
 *       {@code 罚金数额为…}, {@code 罚金金额…}, with {@code 人民币}, {@code RMB} or a colon before
 *       the amount; {@code 缴纳罚金…} (payment) is not a fine; a {@code 并处罚款…} (an administrative fine
 *       pronounced in a sentence) fails the text. A fine or confiscation pronounced
 *       ({@code 并处罚金}, {@code 单处罚金}, {@code 并处没收个人财产}) whose amount is not read
 *       where it stands ({@code 并处罚金人币二千元}, {@code 并处罚金。}, {@code 并处没收财产})
 *       fails the text. Confiscation is {@code 没收(其)个人全部财产} or {@code 没收个人所有财产} (all property) or
 *       {@code 没收(个人)(部分)财产} with an amount; {@code 没收违法所得} is not a penalty. A fine or
 *       confiscation whose amount cannot be read ({@code 一万五}), or that is in a currency other
 *       than the yuan ({@code 罚金五万美元}, {@code 罚金港币五万元}), or that is no one exact amount
 *       ({@code 五万余元}, {@code 五万元左右}, {@code 五万至十万元}, {@code 15k}), or that has more decimals
 *       than the fen ({@code 10.000元}: a thousands separator scanned as a point), fails the text: it never
 *       vanishes, and is never read as yuan. An amount may end in 角 and 分
 *       ({@code 人民币陆万柒仟伍佰伍拾陆元叁角贰分} = 67556.32).</li>
 *   <li>A stated term, {@code 刑期自2023年5月1日起至2026年10月31日止} or
 *       {@code 即自2023年5月1日起(执行)至2026年10月31日止} after a note about the term (刑期…),
 *       inside a bracketed note or not, gives {@code termStart} and {@code termEnd}; a 即自… in a
 *       note about another period (附加刑, 剥夺政治权利, 考验期, 缓刑, 禁止令) does not, nor a
 *       {@code 缓刑期自…} or {@code 剥夺政治权利的刑期自…}. A term stated in parts
 *       ({@code 即自…起至…止，自…起至…止}: custody, bail, custody again) runs from the first part's
 *       first day to the last part's last. A stated term may be shorter than the sentence (the
 *       court credits custody before bail); it is the court's own reckoning. Two different
 *       stated terms, an unreadable date or an end before the start fail the parse. The {@code 止} may be left out
 *       ({@code 即自2024年1月5日起至2025年1月4日）}). Its dates are read by
 *       {@link Dates#parse}, so courts' {@code 元月}, {@code 廿}, {@code 卅} and a year's zero typed {@code ○} or
 *       {@code O} are read ({@code 即自二〇二四年元月廿日起…}); a date shaped as one but in a form not read
 *       ({@code 二〇二四年正月初五}, lunar) fails the parse rather than leave the term unstated.</li>
 *   <li>The prohibition order is every clause (or numbered item, {@code 二、禁止…}) that starts with {@code 禁止} (after {@code 同时},
 *       {@code 并}, {@code 宣告}, {@code 被告人张三}, {@code 上诉人张三}, {@code (在)缓刑考验期(限)内}, {@code (在)考验期内}, {@code (在)管制期间}…),
 *       as written from {@code 禁止} on; also a clause that says {@code 不得} instead and runs during the probation or
 *       the 管制 ({@code 被告人张三在缓刑考验期内不得进入夜总会…}, {@code 在缓刑考验期内不得从事采砂经营活动},
 *       {@code 在管制期间不得接触被害人…}), as written from {@code 不得} on, unless it restates a condition the law
 *       itself sets for them (CL art. 39, 75: {@code 未经考察机关批准不得离开所居住的市、县}, {@code 不得违反法律…},
 *       {@code 不得再犯新罪}), which is no order; a {@code 不得} clause that names no such period is no order either
 *       (after {@code 宣告禁止令：} it is one, whatever it names), unless it follows an order's clause, which it goes on
 *       ({@code 在缓刑考验期内不得进入网吧，不得接触同案人李某}: both). The order's period may also stand in the clause before
 *       it ({@code 被告人张三在缓刑考验期限内，禁止从事…}). An occupational ban (职业禁止, CL art. 37-1: from
 *       {@code 刑罚执行完毕之日} or {@code 假释之日}) is not one, nor is any {@code 禁止…} clause
 *       beside a sentence the text states with neither probation nor 管制, unless the clause says it runs
 *       during them ({@code 在缓刑考验期内}) (CL art. 38(2), 72(2): an order goes only with them; {@code 有期徒刑二年；禁止被告人张三五年内从事食品生产…} is a ban after
 *       the sentence, whatever its wording). Its term is read from
 *       {@code 禁止令期限…} (also inside a bracketed note), a following {@code 期限…} clause,
 *       {@code 在六个月内} in the clause ({@code 禁止被告人张三六个月内…}: the name's last character is not
 *       a digit of the term, which is six months, not 36), or is the probation (or surveillance) period when the
 *       clause says {@code 在缓刑考验期内} ({@code 在管制期间内}; none when the text states the 管制
 *       term, whose stated end is then the order's).</li>
 *   <li>When, without {@code 决定执行}, the text names two different values for the same item
 *       (two principal penalties, two fines…), the parse fails rather than pick one.</li>
 * </ul>
 */
public final class SentenceText {
    private static final String TERM = "[0-9零〇一二两三四五六七八九十百壹贰叁肆伍陆柒捌玖拾佰年又个月半天日]+";
    /** One digit of a 角 or 分 (tenths and hundredths of a yuan). */
    private static final String FRACTION_DIGIT = "[0-9零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖]";
    /** An amount, with its 元 or 圆 and, cheque-style, its 角 and 分 ({@code 陆万柒仟伍佰伍拾陆元叁角贰分}). */
    private static final String AMOUNT =
            "¥?(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|[0-9.零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]++)+"
                    + "(?:[元圆](?:零?" + FRACTION_DIGIT + "角)?(?:零?" + FRACTION_DIGIT + "分)?)?";
    /**
     * A currency that is not the yuan (text already simplified): an amount in it is no amount in yuan,
     * and is never read as one ({@code 罚金五万美元}, {@code 罚金港币五万元}).
     */
    private static final Pattern FOREIGN_CURRENCY = Pattern.compile(
            "美元|美金|美圆|港元|港币|港圆|澳门元|澳门币|澳币|澳元|日元|日币|欧元|英镑|韩元|泰铢|卢布|新台币|台币|加元|加币"
                    + "|新加坡元|新币|瑞士法郎|法郎|林吉特|越南盾|比索|外币");

    /** The most characters a term is written in, with room to spare ({@code 二十五年十一个月又二十九日} has 13). */
    private static final int LONGEST_TERM = 32;

    /** No term in a sentence is longer; a longer "term" is a date misread (2025年1月1日). */
    private static final int MAX_YEARS = 50;

    private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)|【[^【】]*】|\\[[^\\[\\]]*]");
    /** Stands for a character of a bracketed note in the masked text (a private-use character). */
    private static final char MASK = '\uE000';
    /** What may follow a combined sentence's words: a penalty (not 决定执行的刑罚部分, which names a part of a judgment). */
    private static final String SENTENCED = "(?=[^,;。:]{0,4}?(?:有期徒刑|拘役|管制|无期徒刑|死刑|罚金|剥夺政治权利|没收))";
    private static final Pattern COMBINED = Pattern.compile("(?:决定执行|合并执行)" + SENTENCED);
    /** The combined sentence's own words: preferred to {@code 合并执行}, which may also join an earlier unpaid fine to it. */
    private static final Pattern DECIDED = Pattern.compile("决定执行" + SENTENCED);
    /** Where the listing of per-offence terms that may follow a combined sentence starts. */
    private static final Pattern PER_OFFENCE = Pattern.compile(
            "其中|已判处|分别判处|[,;。:][^,;。:]{0,12}?犯[^,;。:]{0,30}?罪");

    private static final Pattern REVOKED = Pattern.compile("撤销");
    /** Where a passage quoting a revoked judgment ends: a new sentence, 改判, or the next numbered item. */
    private static final Pattern REVOKED_END = Pattern.compile(
            "。|改判|(?<![第0-9零〇一二三四五六七八九十百、])[一二三四五六七八九十]{1,3}、|\\([一二三四五六七八九十]{1,3}\\)");

    /**
     * A date as a stated term writes it: {@code 2024-01-05}, or anything shaped as a year of four digits, a month and
     * a day ({@code 2024年1月5日}, {@code 二〇二四年元月廿日}, {@code 二O二四年一月卅一日}, but also {@code 二〇二四年正月初五}),
     * which {@link Dates#parse} then reads or refuses with its reason: a stated term is never skipped because its
     * date is in a form not read.
     */
    private static final String DATE = "(?:\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}|[0-9〇零一二三四五六七八九Oo]{4}年"
            + "[^,;。:起至止()年月日号]{1,3}月[^,;。:起至止()年月日号]{1,3}[日号]?)";
    /**
     * 刑期自…起至…止, 即自…起执行至…止 (a bracketed remark such as （羁押之日） may follow the first date; the 止 may be
     * left out: 即自2024年1月5日起至2025年1月4日）).
     */
    private static final Pattern STATED_TERM = Pattern.compile(
            "((?<!缓)刑期|即)(?:自|从)(" + DATE + ")(?:\\([^()]{0,12}\\))?起?(?:执行)?至(" + DATE + ")止?");
    /** A further part of a term served in parts: ，自…起至…止 right after a stated term. */
    private static final Pattern STATED_PART = Pattern.compile(
            "\\G[,;]?(?:自|从)(" + DATE + ")起?(?:执行)?至(" + DATE + ")止?");
    /** Periods other than the term that a 即自…至…止 might state. */
    private static final List<String> OTHER_PERIODS = List.of("考验期", "禁止令", "剥夺政治权利", "政治权力", "附加刑", "缓刑");

    private static final Pattern DEATH_SUSPENDED = Pattern.compile("死刑[,、]?缓期(?:(?:二|两|贰|2)年)?执行|死缓");
    private static final Pattern DEATH = Pattern.compile("死刑(?![,、]?缓期)");
    /** Not {@code 减为无期徒刑}: the commutation a 死缓 judgment foresees is not a penalty. */
    private static final Pattern LIFE = Pattern.compile("(?<!减为)无期徒刑");
    private static final Pattern FIXED_TERM = Pattern.compile("(?<!减为)有期徒刑(" + TERM + ")");
    private static final Pattern DETENTION = Pattern.compile("拘役(" + TERM + ")");
    private static final Pattern SURVEILLANCE = Pattern.compile("管制(" + TERM + ")");
    /** 免予刑事处罚 (also 免于, 免除, the older 刑事处分) and the statute's own 免除处罚 (CL art. 37). */
    private static final Pattern EXEMPTED = Pattern.compile("免[予于除]刑事处[罚分]|免除处罚");
    private static final Pattern SUPPLEMENTARY_ONLY = Pattern.compile("单处(?:罚金|剥夺政治权[利力]|没收|驱逐出境)?");
    private static final Pattern SUPPLEMENTARY_ALONE =
            Pattern.compile("判处?(?:罚金|剥夺政治权[利力]|没收(?:个人)?财产|驱逐出境)");
    /** A principal penalty named, readable or not (管制刀具 is a weapon in an offence's name, not 管制). */
    private static final Pattern PRINCIPAL_WORD = Pattern.compile("有期徒刑|拘役|管制(?!刀具|物品)|无期徒刑|死刑");

    /** 缓刑二年, 缓刑考验期(限)(为)二年, 缓刑期(限)为二年, and a bare 考验期限为二年 (after 宣告缓刑). */
    private static final Pattern PROBATION = Pattern.compile("(?:缓刑(?:考验)?期?限?|考验期限?)(?:为|是)?(" + TERM + ")");
    /** The older wording of a probation: 有期徒刑一年，缓期一年执行 (not 死刑，缓期二年执行). */
    private static final Pattern OLD_PROBATION = Pattern.compile("(?<!死刑[,、]?)缓期(" + TERM + ")执行");
    /**
     * A word that suspends the sentence: 缓刑 (not 撤销缓刑, nor the 缓刑考验期内 of an order's clause),
     * or a 缓期 that is not a 死缓's; when one is there and no probation can be read, the text fails.
     */
    private static final Pattern SUSPENDS = Pattern.compile(
            "(?<!撤销|适用|不予|请求宣告|不宜宣告|不予宣告)缓刑(?!考验期限?(?:内|间)|期限?内|期间)|(?<!死刑[,、]?)缓期[^,;。:]{0,6}?执行");
    /**
     * 剥夺政治权利二年, 剥夺政治权利期限为二年, 剥夺其政治权利二年, 剥夺被告人张三政治权利二年, and the
     * clerical 剥夺政治权力二年 (no other 政治权力 is ever taken away in a sentence).
     */
    private static final Pattern POLITICAL_RIGHTS = Pattern.compile(
            "剥夺(?:其|被告人\\p{IsHan}{2,4}?)?政治权[利力](?:期限)?为?(终身|终生|" + TERM + ")");
    /**
     * What, right after an amount, makes it no one exact amount: an approximation (余, 多, 左右, 以上,
     * 以下, 上下, 许), a range (至, 到, ~, -, —) or a letter of shorthand ({@code 15k}, {@code 3w}; not
     * {@code RMB} or {@code CNY}).
     */
    private static final Pattern NOT_ONE_EXACT_AMOUNT =
            Pattern.compile("(?!RMB|CNY)[A-Za-z]|[余多至到~\\-—]|左右|以上|以下|上下|许");
    private static final String FINE_WORDS = "(?<!缴纳|交纳|缴|交)罚金(?:合并执行|共计|合计|总计|计)?(?:数额|金额|总额)?为?";
    /** Between a penalty's words and its amount: 人民币 (or RMB, CNY), a colon, 共计 and the like, 为. */
    private static final String IN_YUAN = "(?:人民币|RMB|CNY)?:?(?:共计|合计|总计|计)?为?";
    private static final Pattern FINE = Pattern.compile(FINE_WORDS + IN_YUAN + "(" + AMOUNT + ")");
    /** A fine whose amount is in another currency, named before it ({@code 罚金港币五万元}). */
    private static final Pattern FINE_IN_FOREIGN_CURRENCY = Pattern.compile(
            FINE_WORDS + "(?:共计|合计|总计|计)?(?:" + FOREIGN_CURRENCY.pattern() + ")");
    /**
     * A fine pronounced (并处罚金, 单处罚金, 判处罚金, or 处罚金 opening a clause): its amount must be read
     * where it stands, or the text fails; a fine never vanishes for a form not read ({@code 并处罚金人币二千元}).
     */
    private static final Pattern FINE_PRONOUNCED = Pattern.compile("(?:并处|单处|判处|(?<![^,;。:])处)(?=罚金)");
    /**
     * An administrative fine (罚款) pronounced in a sentence ({@code 并处罚款人民币五万元}): a clerical slip for
     * 罚金, most likely, but which is meant cannot be told; the text fails rather than lose or guess the fine.
     */
    private static final Pattern ADMINISTRATIVE_FINE = Pattern.compile("(?:并处|单处|判处)罚款");
    private static final Pattern CONFISCATE_ALL =
            Pattern.compile("没收(?:被告人[^,;。:用供于]{0,8}?|其)?(?:个人)?(?:的)?(?:全部|所有)(?:个人)?财产");
    /**
     * 没收(被告人张三)(个人)(部分)财产: not 没收被告人张三犯罪所得财产 or 没收被告人张三违法所得的财产, a forfeiture
     * of the proceeds (CL art. 64), which is no penalty.
     */
    private static final String CONFISCATE_WORDS = "没收(?:被告人[^,;。:用供于犯所]{0,8}?|其)?(?:个人)?(?:的)?(?:部分)?(?:个人)?财产";
    private static final Pattern CONFISCATE_AMOUNT =
            Pattern.compile(CONFISCATE_WORDS + "(?:数额|金额)?为?" + IN_YUAN + "(" + AMOUNT + ")");
    /** A confiscation whose amount is in another currency, named before it. */
    private static final Pattern CONFISCATE_IN_FOREIGN_CURRENCY =
            Pattern.compile(CONFISCATE_WORDS + "(?:" + FOREIGN_CURRENCY.pattern() + ")");
    /** A confiscation of property pronounced (并处没收个人财产…): all of it, or an amount read where it stands. */
    private static final Pattern CONFISCATION_PRONOUNCED =
            Pattern.compile("(?:并处|单处|判处|(?<![^,;。:])处)(?=" + CONFISCATE_WORDS + ")");

    /**
     * A defendant named before the offence he is sentenced for: 被告人张三犯盗窃罪, 上诉人李四以盗窃罪…,
     * 被告人李四在缓刑考验期内犯…, 被告人李四，犯…, 被告人张三、李四…; not the 犯罪 of
     * 被告人张三供犯罪所用的手机 or 违法犯罪所得.
     */
    private static final Pattern DEFENDANT = Pattern.compile("(?:被告人|上诉人)((?:\\p{IsHan}{1,8}·)?\\p{IsHan}{2,4}?)"
            + "(?=犯(?!罪)|以[^,;。:]{1,20}?罪|在[^,;。:]{1,20}?犯(?!罪)|,犯(?!罪)|、)");
    /** Words that may close a name's characters before 犯 without being the name's: 被告人张三所犯…. */
    private static final String NOT_NAME_ENDINGS = "所供因与和及等违用";
    /** A clause about paying or crediting a fine, whose amount is no fine: 已预缴的罚金…予以折抵. */
    private static final Pattern FINE_PAID = Pattern.compile("预缴|折抵|已缴");
    /** A unit sentenced beside a person: its fine is not the person's. */
    private static final Pattern DEFENDANT_UNIT = Pattern.compile("被告单位");
    /** An offence sentenced: 犯盗窃罪，判处…; two of them without 决定执行 leave the executed sentence unsaid. */
    private static final Pattern OFFENCE_SENTENCED = Pattern.compile("罪,?(?:判处|单处|免[予于除]刑事处|免除处罚)");

    private static final Pattern CLAUSE_SPLIT = Pattern.compile("[,;。:]");
    /**
     * A clause that states a prohibition order, after an item number ({@code 二、}, {@code (二)}) and at
     * most six words before its 禁止 (同时, 并, 宣告, 被告人张三, 上诉人张三, 在缓刑考验期内…): a bounded repetition, which a long garbled clause cannot make recurse deeply.
     */
    private static final Pattern PROHIBITION = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}、|\\([一二三四五六七八九十]{1,3}\\))?"
                    + "(?:同时|并且|并|另|依法|宣告|对(?:原审)?(?:被告人|上诉人)[^,;。]{0,8}?|对其|(?:原审)?(?:被告人|上诉人)[^,;。禁在]{0,12}?"
                    + "|在?(?:缓刑考验期限?|缓刑考验期间|缓刑期间?|考验期限?|管制(?:执行)?期限?|管制期间)内?){0,6}(禁止(?!令).*)$");
    /**
     * An occupational ban (职业禁止, CL art. 37-1): it runs after the penalty has been served or from
     * parole, never during probation or surveillance, so it is not a prohibition order (禁止令).
     */
    private static final Pattern OCCUPATIONAL_BAN = Pattern.compile("刑罚执行完毕|假释之日|刑满释放|职业禁止|从业禁止");
    /**
     * An order that says 不得 rather than 禁止 ({@code 被告人张三在缓刑考验期内不得进入夜总会…},
     * {@code 在缓刑考验期内不得从事采砂经营活动}): from 不得 on, after the words {@link #PROHIBITION} allows before its
     * 禁止. It is an order only when it says it runs during the probation or the 管制 and is not one of the
     * conditions the law itself sets for them ({@link #STATUTORY_CONDITION}).
     */
    private static final Pattern FORBIDDEN = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}、|\\([一二三四五六七八九十]{1,3}\\))?"
                    + "(?:同时|并且|并|另|依法|对(?:原审)?(?:被告人|上诉人)[^,;。]{0,8}?|对其|(?:原审)?(?:被告人|上诉人)[^,;。禁在不]{0,12}?"
                    + "|应当|应|在?(?:缓刑考验期限?|缓刑考验期间|缓刑期间?|考验期限?|管制(?:执行)?期限?|管制期间)内?){0,6}(不得.+)$");
    /**
     * A clause that only names the period an order runs in: {@code 在缓刑考验期内}, {@code 被告人张三在缓刑考验期限内}
     * (followed by {@code ，禁止…} or {@code ，不得…}).
     */
    private static final Pattern PERIOD_CLAUSE = Pattern.compile(
            "^(?:同时|并)?(?:(?:原审)?(?:被告人|上诉人)\\p{IsHan}{1,8}?)?在?(?:缓刑考验期限?|缓刑考验期间|缓刑期间?|考验期限?"
                    + "|管制(?:执行)?期限?|管制期间)内?$");
    /**
     * What the law itself requires of a person under 管制 or on probation (CL art. 39, 75; CCL art. 23-27): to obey
     * the law, to report, not to leave the city or county or move without approval, the rules on visitors, and under
     * 管制 not to exercise the freedoms of speech, press, assembly… without approval. A 不得… clause saying one of them
     * restates the law; it is no prohibition order (禁止令).
     */
    private static final Pattern STATUTORY_CONDITION = Pattern.compile(
            "批准|离开|迁居|会客|报告|遵守|服从|违反|监督|言论|出版|集会|结社|游行|示威|再犯|犯罪");
    /** An order named as one (after 宣告禁止令：) that says 不得 rather than 禁止: from 不得 on. */
    private static final Pattern NAMED_ORDER = Pattern.compile("^[^,;。:]*?(不得.+)$");
    /** A bracketed note stating a prohibition order: （禁止令：…）. */
    private static final Pattern ORDER_NOTE = Pattern.compile("[(【\\[]禁止令:?([^()【】\\[\\]]*)[)】\\]]");
    private static final Pattern ORDER_TERM = Pattern.compile("禁止令的?(?:执行)?期限(?:为)?(" + TERM + ")");
    private static final Pattern FOLLOWING_TERM = Pattern.compile("^(?:禁止令)?的?(?:执行)?期限为?(" + TERM + ")");
    private static final Pattern WITHIN_TERM = Pattern.compile("(" + TERM + ")内");
    private static final Pattern WITHIN_PROBATION = Pattern.compile("(?:缓刑(?:考验)?|考验)期(?:限内|间内?|内)");
    private static final Pattern WITHIN_SURVEILLANCE = Pattern.compile("管制(?:执行)?期(?:限内|间内?|内)");

    /**
     * The words of a ruling that changes a sentence being served (减刑, 假释: 对罪犯张三减去有期徒刑八个月,
     * 予以假释, 死刑缓期二年执行减为无期徒刑), not of a judgment; not the commutation a 死缓 judgment
     * foresees ({@code 缓期执行二年期满依法减为无期徒刑}).
     */
    private static final Pattern RULING = Pattern.compile("减去|予以减刑|准予减刑|予以假释|准予假释|(?:执行|徒刑)减为");

    private SentenceText() {
    }

    /**
     * The first principal penalty {@code text} names ({@code 有期徒刑}, {@code 拘役}, {@code 管制}, {@code 无期徒刑},
     * {@code 死刑}), read or not: for a reason that says a text names a penalty whose term could not be read
     * ({@code 有期徒刑l年}), rather than that it names none.
     */
    public static Optional<String> principalNamed(String text) {
        if (Texts.isBlank(text)) {
            return Optional.empty();
        }
        Matcher m = PRINCIPAL_WORD.matcher(normalise(text));
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /** Reads what it can; an unreadable text gives {@link ParsedSentence#empty()} with a failure reason. */
    public static Parsed<ParsedSentence> parse(String text) {
        if (Texts.isBlank(text)) {
            return Parsed.failed("sentence text is blank");
        }
        String full = normalise(text);
        Matcher ruling = RULING.matcher(full);
        if (ruling.find()) {
            return Parsed.failed("the sentence text is a ruling that changes a sentence (减刑/假释: "
                    + Texts.forMessage(clauseAround(full, ruling.start(), ruling.end())) + "), not a judgment's "
                    + "sentence: give the judgment's own 判项, and the ruling as a row of commutations");
        }
        Parsed<String> operative = withoutRevokedJudgments(full);
        if (!operative.isOk()) {
            return Parsed.failed(operative.reason().orElseThrow());
        }
        String kept = operative.value();
        boolean revokes = kept.length() < full.length();
        String unbracketed = dropBracketedNotes(kept);
        Optional<String> severalDefendants = severalDefendants(unbracketed);
        if (severalDefendants.isPresent()) {
            return Parsed.failed(severalDefendants.get());
        }
        int from = lastStart(DECIDED, unbracketed);
        if (from < 0) {
            from = lastStart(COMBINED, unbracketed);
        }
        boolean isCombined = from >= 0;
        String part = isCombined ? combinedSentence(unbracketed.substring(from)) : unbracketed;
        if (!isCombined && count(OFFENCE_SENTENCED, part) > 1) {
            return Parsed.failed("the sentence text sentences more than one offence and states no combined sentence "
                    + "(决定执行): which sentence is executed cannot be read");
        }

        Found<Penalty> penalties = new Found<>("principal penalty");
        readPenalties(part, penalties);
        if (isCombined && penalties.values.isEmpty() && penalties.unreadable == null) {
            String before = unbracketed.substring(0, from);
            if (PRINCIPAL_WORD.matcher(before).find() && (PROBATION.matcher(before).find() || SUSPENDS.matcher(before).find())
                    && !PROBATION.matcher(part).find()) {
                // …缓刑二年…与前罪未缴纳的罚金合并执行，决定执行罚金…: the combined part joins the fines only, and
                // says neither the principal penalty nor the probation; a penalty from the columns without the
                // probation before it would be a suspended sentence read as one served in custody
                return Parsed.failed("the combined sentence (决定执行…) names no principal penalty nor probation, though "
                        + "the text before it suspends a sentence (缓刑): give the principal penalty and the probation "
                        + "in principal_penalty and probation_months");
            }
        }
        Found<Months> probation = new Found<>("probation");
        readTerms(PROBATION, part, probation);
        readTerms(OLD_PROBATION, part, probation);
        Found<Months> politicalRights = new Found<>("deprivation of political rights");
        readTerms(POLITICAL_RIGHTS, part, politicalRights);
        Found<Amount> fine = new Found<>("fine");
        Set<Integer> fineRead = readAmounts(FINE, FINE_IN_FOREIGN_CURRENCY, part, fine, FINE_PAID);
        readWherePronounced(FINE_PRONOUNCED, fineRead, part, fine, FINE_PAID);
        Matcher administrative = ADMINISTRATIVE_FINE.matcher(part);
        if (administrative.find()) {
            fine.unreadable(clauseAround(part, administrative.start(), administrative.end()),
                    " (罚款 is no criminal penalty: write the fine as 罚金)");
        }
        Found<Amount> confiscation = new Found<>("confiscation");
        Set<Integer> confiscationRead = new HashSet<>();
        for (Matcher m = CONFISCATE_ALL.matcher(part); m.find(); ) {
            confiscation.add(Amount.ofAllProperty());
            confiscationRead.add(m.start());
        }
        confiscationRead.addAll(readAmounts(CONFISCATE_AMOUNT, CONFISCATE_IN_FOREIGN_CURRENCY, part, confiscation, null));
        readWherePronounced(CONFISCATION_PRONOUNCED, confiscationRead, part, confiscation, null);

        Optional<String> exemptedAndPunished = exemptedAndPunished(penalties, probation, politicalRights, fine, confiscation);
        if (exemptedAndPunished.isPresent()) {
            return Parsed.failed("the sentence text exempts from punishment (免予刑事处罚) and also pronounces "
                    + exemptedAndPunished.get() + ": an exempted judgment has no penalty (CL art. 37); give the "
                    + "judgment's own 判项");
        }
        for (Found<?> f : List.of(penalties, probation, politicalRights, fine, confiscation)) {
            if (f.unreadable != null) {
                return Parsed.failed("the " + f.what + " in the sentence text cannot be read: " + f.unreadable);
            }
            if (f.values.size() > 1) {
                return Parsed.failed(isCombined
                        ? "the combined sentence (决定执行…) names more than one " + f.what
                        : "the sentence text names more than one " + f.what + " and no combined sentence (决定执行)");
            }
        }
        if (probation.values.isEmpty() && SUSPENDS.matcher(part).find()) {
            return Parsed.failed("the sentence text suspends the sentence (缓刑) but its probation period cannot be read");
        }
        Optional<Penalty> penalty = penalties.single();
        if (penalty.isEmpty() && SUPPLEMENTARY_ALONE.matcher(part).find() && !PRINCIPAL_WORD.matcher(part).find()) {
            penalty = Optional.of(new Penalty(PrincipalPenalty.SUPPLEMENTARY_ONLY, Optional.empty()));
        }
        if (!probation.values.isEmpty() && penalty.isPresent() && penalty.get().kind != PrincipalPenalty.FIXED_TERM
                && penalty.get().kind != PrincipalPenalty.CRIMINAL_DETENTION) {
            // CL art. 72: only 拘役 and 有期徒刑 are suspended; 判处罚金…，缓刑一年 or 管制一年，缓刑二年 says two things
            return Parsed.failed("the sentence text suspends (缓刑) a penalty that cannot be suspended ("
                    + penalty.get().kind.label() + "): only 拘役 and 有期徒刑 are (CL art. 72); give the judgment's own 判项");
        }

        Parsed<Optional<StatedTerm>> stated = statedTerm(kept);
        if (!stated.isOk()) {
            return Parsed.failed(stated.reason().orElseThrow());
        }

        List<String> orders = new ArrayList<>();
        // an order that says it runs during the probation or the 管制 is one, even when the text leaves the
        // probation to the structured columns (判处有期徒刑一年，禁止被告人张三在缓刑考验期内…)
        boolean duringProbationOrSurveillance = false;
        Optional<Months> orderTerm = Optional.empty();
        Matcher statedOrderTerm = ORDER_TERM.matcher(kept);
        if (statedOrderTerm.find()) {
            orderTerm = term(statedOrderTerm.group(1));
        }
        String[] clauses = CLAUSE_SPLIT.split(unbracketed + orderNotes(kept));
        int lastOrderClause = -2;
        for (int i = 0; i < clauses.length; i++) {
            Matcher m = PROHIBITION.matcher(clauses[i]);
            // after 宣告禁止令： (or in a （禁止令：…） note) the order may say 不得 rather than 禁止
            Matcher named = i > 0 && clauses[i - 1].endsWith("禁止令") ? NAMED_ORDER.matcher(clauses[i]) : null;
            // an order that says 不得 (被告人张三在缓刑考验期内不得进入…) when it says it runs during the probation or the
            // 管制 and is none of the conditions the law sets for them (未经批准不得离开所居住的市、县)
            Matcher forbidden = m.matches() || named != null && named.matches() ? null : FORBIDDEN.matcher(clauses[i]);
            boolean forbiddenDuring = forbidden != null && forbidden.matches()
                    && (WITHIN_PROBATION.matcher(clauses[i]).find() || WITHIN_SURVEILLANCE.matcher(clauses[i]).find()
                    || i > 0 && PERIOD_CLAUSE.matcher(clauses[i - 1]).matches()
                    || lastOrderClause == i - 1) // 在缓刑考验期内不得进入网吧，不得接触同案人李某: the order goes on
                    && !STATUTORY_CONDITION.matcher(clauses[i]).find();
            boolean isOrder = m.matches() || named != null && named.matches() || forbiddenDuring;
            if (!isOrder || OCCUPATIONAL_BAN.matcher(clauses[i]).find()
                    || i + 1 < clauses.length && OCCUPATIONAL_BAN.matcher(clauses[i + 1]).find()
                    && !PROHIBITION.matcher(clauses[i + 1]).matches()) {
                continue;
            }
            String order = m.matches() ? m.group(1) : forbiddenDuring ? forbidden.group(1) : named.group(1);
            orders.add(order);
            lastOrderClause = i;
            boolean periodBefore = i > 0 && PERIOD_CLAUSE.matcher(clauses[i - 1]).matches();
            duringProbationOrSurveillance |= WITHIN_PROBATION.matcher(clauses[i]).find()
                    || WITHIN_SURVEILLANCE.matcher(clauses[i]).find() || periodBefore || i > 0 && clauses[i - 1].startsWith("在")
                    && (WITHIN_PROBATION.matcher(clauses[i - 1]).find() || WITHIN_SURVEILLANCE.matcher(clauses[i - 1]).find());
            if (orderTerm.isPresent()) {
                continue;
            }
            Matcher following = i + 1 < clauses.length ? FOLLOWING_TERM.matcher(clauses[i + 1]) : null;
            Matcher within = WITHIN_TERM.matcher(clauses[i]);
            if (following != null && following.find()) {
                orderTerm = term(following.group(1));
            } else if (within.find()) {
                orderTerm = term(withoutNamesNumeral(within.group(1)));
            } else if (WITHIN_PROBATION.matcher(clauses[i]).find() || i > 0 && (clauses[i - 1].startsWith("在") || periodBefore)
                    && WITHIN_PROBATION.matcher(clauses[i - 1]).find()) {
                orderTerm = probation.single();
            } else if ((WITHIN_SURVEILLANCE.matcher(clauses[i]).find() || i > 0 && (clauses[i - 1].startsWith("在") || periodBefore)
                    && WITHIN_SURVEILLANCE.matcher(clauses[i - 1]).find())
                    && penalty.map(p -> p.kind == PrincipalPenalty.PUBLIC_SURVEILLANCE).orElse(false)
                    && stated.value().isEmpty()) {
                // the whole 管制 term: its months, unless the text states the term, whose end is then the order's
                orderTerm = penalty.flatMap(p -> p.term);
            }
        }

        if (!orders.isEmpty() && probation.values.isEmpty() && !duringProbationOrSurveillance
                && penalty.map(p -> p.kind != PrincipalPenalty.PUBLIC_SURVEILLANCE).orElse(false)) {
            // CL art. 38(2), 72(2): a 禁止令 goes only with 管制 or 缓刑; beside a sentence with neither
            // (有期徒刑, 拘役, 免予刑事处罚, 单处…) a 禁止… clause is an occupational ban (CL art. 37-1), whatever
            // its wording, and runs after the sentence, not during it
            orders.clear();
        }
        ParsedSentence result = new ParsedSentence(
                penalty.map(p -> p.kind),
                penalty.flatMap(p -> p.term),
                probation.single(),
                politicalRights.single(),
                fine.single(),
                confiscation.single(),
                orders.isEmpty() ? Optional.empty() : Optional.of(String.join("；", orders)),
                orders.isEmpty() ? Optional.empty() : orderTerm,
                stated.value().map(StatedTerm::start),
                stated.value().map(StatedTerm::end));
        if (result.equals(ParsedSentence.empty())) {
            return Parsed.failed(revokes
                    ? "the sentence text revokes a judgment (撤销…) and states no operative sentence after it"
                    : "no penalty found in the sentence text");
        }
        return Parsed.ok(result);
    }

    /**
     * The text without the passages that quote a revoked judgment: each runs from a {@code 撤销}
     * outside the bracketed notes to the next {@code 。}, {@code 改判} or numbered item. Fails when
     * such a passage also combines sentences ({@code 决定执行}).
     */
    private static Parsed<String> withoutRevokedJudgments(String full) {
        if (!full.contains("撤销")) {
            return Parsed.ok(full);
        }
        String masked = mask(full);
        StringBuilder kept = new StringBuilder(full.length());
        Matcher revoked = REVOKED.matcher(masked);
        Matcher end = REVOKED_END.matcher(full);
        int copied = 0;
        int searchFrom = 0;
        while (searchFrom < full.length() && revoked.find(searchFrom)) {
            int stop = full.length();
            int from = revoked.end();
            while (from < full.length() && end.find(from)) {
                if (masked.charAt(end.start()) != MASK || end.group().startsWith("(")) {
                    stop = end.start();
                    break;
                }
                from = end.start() + 1;
            }
            stop = operativeInside(masked, revoked.end(), stop);
            Matcher combinedInside = COMBINED.matcher(masked.substring(revoked.start(), stop));
            if (combinedInside.find()) {
                String before = masked.substring(revoked.start(), revoked.start() + combinedInside.start());
                String after = masked.substring(revoked.start() + combinedInside.start(), stop);
                if (after.contains("部分")) {
                    // 撤销…决定执行有期徒刑二年的部分: the combined sentence is a part of the judgment revoked, quoted
                    kept.append(full, copied, revoked.start());
                    copied = stop;
                    searchFrom = stop;
                    continue;
                }
                if ((before.contains("缓刑") || before.contains("假释")) && before.contains("并罚") && !before.contains("即")) {
                    // CL art. 77 (86): 撤销…宣告缓刑的部分 (…的假释)，与…并罚，决定执行… revokes the probation (the
                    // parole) and combines the sentences: the passage ends where the combined sentence, which is
                    // the operative one, starts
                    kept.append(full, copied, revoked.start());
                    copied = revoked.start() + combinedInside.start();
                    searchFrom = copied;
                    continue;
                }
                return Parsed.failed("the sentence text revokes a judgment (撤销…) and combines sentences (决定执行) "
                        + "in the same passage: the operative sentence cannot be told apart");
            }
            kept.append(full, copied, revoked.start());
            copied = stop;
            searchFrom = stop;
        }
        kept.append(full, copied, full.length());
        return Parsed.ok(kept.toString());
    }

    /**
     * The bracketed notes that state a prohibition order ({@code （禁止令：禁止被告人…）}), each as a
     * sentence of its own after {@code 。}, so that their clauses are read as the text's own: a note
     * is dropped before penalties are read, but an order stated in one is still the order.
     */
    private static String orderNotes(String text) {
        StringBuilder notes = new StringBuilder();
        for (Matcher m = ORDER_NOTE.matcher(text); m.find(); ) {
            notes.append("。禁止令:").append(m.group(1));
        }
        return notes.toString();
    }

    /** A penalty pronounced: what an operative part says. */
    private static final Pattern PRONOUNCED = Pattern.compile("判处|单处|免[予于除]刑事处|改判");

    /**
     * Where a revoked passage from {@code from} to {@code stop} really ends. It ends at {@code stop}
     * (the next 。, numbered item or 改判) when something is pronounced after it. When nothing is,
     * and the passage quotes nothing ({@code 即…}), the operative part is inside it, after the first
     * {@code ；} or {@code ，} that is followed by a pronounced penalty ({@code 撤销…刑事判决；上诉人…犯…罪，判处…},
     * {@code 撤销原判缓刑部分，判处…}, as CONTRACT §2 writes an appellate text): the passage ends there.
     */
    private static int operativeInside(String masked, int from, int stop) {
        if (PRONOUNCED.matcher(masked.substring(stop)).find() || masked.substring(from, stop).contains("即")) {
            return stop;
        }
        for (int i = from; i < stop; i++) {
            char c = masked.charAt(i);
            if ((c == ';' || c == ',') && PRONOUNCED.matcher(masked.substring(i + 1, stop)).find()) {
                return i;
            }
        }
        return stop;
    }

    /**
     * What a text that exempts from punishment (免予刑事处罚) also pronounces, if anything: CL art. 37 exempts from every
     * penalty, supplementary ones included, so {@code 免予刑事处罚，并处罚金…} says two things, and neither is picked.
     */
    private static Optional<String> exemptedAndPunished(Found<Penalty> penalties, Found<Months> probation,
            Found<Months> politicalRights, Found<Amount> fine, Found<Amount> confiscation) {
        if (!penalties.values.contains(new Penalty(PrincipalPenalty.EXEMPTED, Optional.empty()))) {
            return Optional.empty();
        }
        if (!fine.values.isEmpty()) {
            return Optional.of("a fine (罚金)");
        }
        if (!confiscation.values.isEmpty()) {
            return Optional.of("a confiscation (没收财产)");
        }
        if (!politicalRights.values.isEmpty()) {
            return Optional.of("a deprivation of political rights (剥夺政治权利)");
        }
        if (!probation.values.isEmpty()) {
            return Optional.of("a probation (缓刑)");
        }
        if (penalties.values.size() > 1) {
            return Optional.of("another penalty (" + penalties.values.stream()
                    .filter(p -> p.kind != PrincipalPenalty.EXEMPTED).map(p -> p.kind.label()).findFirst().orElse("") + ")");
        }
        return Optional.empty();
    }

    /** Where {@code p} last matches in {@code s}, or -1. */
    private static int lastStart(Pattern p, String s) {
        int at = -1;
        for (Matcher m = p.matcher(s); m.find(); ) {
            at = m.start();
        }
        return at;
    }

    private static int count(Pattern p, String s) {
        int n = 0;
        for (Matcher m = p.matcher(s); m.find(); ) {
            n++;
        }
        return n;
    }

    /**
     * Why the text cannot be read as one person's sentence when it sentences more than one defendant
     * (two names after 被告人/上诉人, or a 被告单位 beside a person): whose penalties are whose cannot
     * be told from a text of one row. Empty when it sentences one.
     */
    private static Optional<String> severalDefendants(String text) {
        if (DEFENDANT_UNIT.matcher(text).find() && (text.contains("被告人") || PRINCIPAL_WORD.matcher(text).find())) {
            return Optional.of("the sentence text also sentences a defendant unit (被告单位): which penalties are the "
                    + "person's cannot be told; give the person's own 判项");
        }
        Set<String> names = new LinkedHashSet<>();
        for (Matcher m = DEFENDANT.matcher(text); m.find(); ) {
            String name = m.group(1);
            if (NOT_NAME_ENDINGS.indexOf(name.charAt(name.length() - 1)) >= 0) {
                name = name.substring(0, name.length() - 1);
            }
            names.add(name);
        }
        if (names.size() > 1) {
            return Optional.of("the sentence text sentences " + names.size() + " defendants: whose penalties are whose "
                    + "cannot be told; give the person's own 判项");
        }
        return Optional.empty();
    }

    /** Each term {@code p}'s first group gives, into {@code found}; a term that cannot be read is noted there. */
    private static void readTerms(Pattern p, String part, Found<Months> found) {
        for (Matcher m = p.matcher(part); m.find(); ) {
            if (notOneExactTerm(part, m.end(1))) {
                found.unreadable(m.group() + part.charAt(m.end(1)), "… (not one exact term)");
                continue;
            }
            Optional<Months> t = term(m.group(1));
            if (t.isPresent()) {
                found.add(t.get());
            } else {
                found.unreadable(m.group());
            }
        }
    }

    /**
     * Each amount {@code p}'s first group gives, into {@code found}, but in a clause {@code notHere}
     * finds something in (an amount paid or credited is no penalty); one that cannot be read is noted,
     * and so is one in a currency other than the yuan, named after the amount ({@code 五万美元},
     * {@code 五万元港币}) or, as {@code inForeignCurrency} finds it, before ({@code 罚金港币五万元}).
     */
    private static Set<Integer> readAmounts(Pattern p, Pattern inForeignCurrency, String part, Found<Amount> found,
            Pattern notHere) {
        Set<Integer> starts = new HashSet<>();
        for (Matcher m = inForeignCurrency.matcher(part); m.find(); ) {
            starts.add(m.start());
            if (notHere == null || !notHere.matcher(clauseAround(part, m.start(), m.end())).find()) {
                found.unreadable(m.group(), "… (not an amount in yuan)");
            }
        }
        for (Matcher m = p.matcher(part); m.find(); ) {
            starts.add(m.start());
            if (notHere != null && notHere.matcher(clauseAround(part, m.start(), m.end())).find()) {
                continue;
            }
            Matcher currency = FOREIGN_CURRENCY.matcher(part).region(m.end(1), part.length());
            if (currency.lookingAt()) {
                found.unreadable(m.group() + currency.group(), " (not an amount in yuan)");
                continue;
            }
            Matcher inexact = NOT_ONE_EXACT_AMOUNT.matcher(part).region(m.end(1), part.length());
            if (inexact.lookingAt()) {
                found.unreadable(m.group() + inexact.group(), "… (not one exact amount)");
                continue;
            }
            if (thousandsAsDecimals(m.group(1))) {
                found.unreadable(m.group(), " (more than two decimals: a thousands separator read as a point?)");
                continue;
            }
            Parsed<Amount> a = Amount.parse(m.group(1));
            if (a.isOk()) {
                found.add(a.value());
            } else {
                found.unreadable(m.group(), " (" + a.reason().orElse("") + ")");
            }
        }
        return starts;
    }

    /**
     * Whether {@code amount} has more than two decimals in yuan ({@code 10.000元}, {@code 5.000}): no
     * amount a court pronounces, whose smallest unit is the fen, but a thousands separator that a scan
     * or a typist turned into a point ({@code 10,000}); {@code 1.2345万元} is yuan to the unit.
     */
    private static boolean thousandsAsDecimals(String amount) {
        int point = amount.indexOf('.');
        if (point < 0) {
            return false;
        }
        int digits = 0;
        int i = point + 1;
        while (i < amount.length() && amount.charAt(i) >= '0' && amount.charAt(i) <= '9') {
            digits++;
            i++;
        }
        return digits > 2 && (i == amount.length() || "元圆".indexOf(amount.charAt(i)) >= 0);
    }

    /**
     * Notes as unreadable, in {@code found}, each penalty {@code pronounced} finds (its match ends where
     * the penalty's words start) whose words are not among those read ({@code read}, where the amount
     * patterns matched), but in a clause {@code notHere} finds something in: a fine or confiscation
     * pronounced in a form not read ({@code 并处罚金人币二千元}, {@code 并处罚金。}) fails the text.
     */
    private static void readWherePronounced(Pattern pronounced, Set<Integer> read, String part, Found<Amount> found,
            Pattern notHere) {
        for (Matcher m = pronounced.matcher(part); m.find(); ) {
            if (read.contains(m.end())) {
                continue;
            }
            String clause = clauseAround(part, m.start(), m.end());
            if (notHere == null || !notHere.matcher(clause).find()) {
                found.unreadable(clause, " (no amount in a form read)");
            }
        }
    }

    /** The clause of {@code s} (between {@code ,;。:}) that holds {@code s[from, to)}. */
    private static String clauseAround(String s, int from, int to) {
        int a = from;
        while (a > 0 && ",;。:".indexOf(s.charAt(a - 1)) < 0) {
            a--;
        }
        int b = to;
        while (b < s.length() && ",;。:".indexOf(s.charAt(b)) < 0) {
            b++;
        }
        return s.substring(a, b);
    }

    /** The combined sentence, without a listing of per-offence terms that may follow it. */
    private static String combinedSentence(String fromCombined) {
        Matcher listing = PER_OFFENCE.matcher(fromCombined);
        return listing.find() ? fromCombined.substring(0, listing.start()) : fromCombined;
    }

    /**
     * The term the text states ({@code 刑期自…起至…止}, or {@code 即自…起至…止} after a note about
     * the 刑期), or empty; a failure when two different terms are stated or one cannot be read.
     */
    private static Parsed<Optional<StatedTerm>> statedTerm(String text) {
        Set<StatedTerm> found = new LinkedHashSet<>();
        for (Matcher m = STATED_TERM.matcher(text); m.find(); ) {
            String before = text.substring(0, m.start());
            if (m.group(1).equals("即") ? !aboutTheTerm(before) : aboutAnotherPeriod(before)) {
                continue;
            }
            Parsed<LocalDate> start = Dates.parse(m.group(2));
            // a term served in parts (custody, then bail, then custody again): its first day and its last
            String lastEnd = m.group(3);
            Matcher part = STATED_PART.matcher(text);
            part.region(m.end(), text.length());
            while (part.find()) {
                lastEnd = part.group(2);
                part.region(part.end(), text.length());
            }
            Parsed<LocalDate> end = Dates.parse(lastEnd);
            if (!start.isOk() || !end.isOk()) {
                return Parsed.failed("the term stated in the sentence text cannot be read: "
                        + (start.isOk() ? end : start).reason().orElse(""));
            }
            if (end.value().isBefore(start.value())) {
                return Parsed.failed("the term stated in the sentence text ends (" + end.value()
                        + ") before it starts (" + start.value() + ")");
            }
            found.add(new StatedTerm(start.value(), end.value()));
        }
        if (found.size() > 1) {
            return Parsed.failed("the sentence text states more than one term (刑期自…起至…止)");
        }
        return Parsed.ok(found.stream().findFirst());
    }

    /** True when the last period named before a {@code 即自…} is the term (刑期), not another period. */
    private static boolean aboutTheTerm(String before) {
        int term = before.lastIndexOf("刑期");
        while (term > 0 && before.charAt(term - 1) == '缓') { // 缓刑期: the probation's
            term = before.lastIndexOf("刑期", term - 1);
        }
        if (term < 0) {
            return false;
        }
        // the note the 即 closes: a note about another period's 刑期 (附加刑剥夺政治权利的刑期…) is not the term's
        if (namesAnotherPeriod(before, "(。;")) {
            return false;
        }
        for (String other : OTHER_PERIODS) {
            if (before.lastIndexOf(other) > term) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the clause a {@code 刑期自…至…止} closes names another period (附加刑剥夺政治权利的刑期自…):
     * the dates are that period's, not the term's.
     */
    private static boolean aboutAnotherPeriod(String before) {
        return namesAnotherPeriod(before, "(。;,");
    }

    /** True when the part of {@code before} after its last of {@code ends} names a period other than the term. */
    private static boolean namesAnotherPeriod(String before, String ends) {
        int from = -1;
        for (int i = 0; i < ends.length(); i++) {
            from = Math.max(from, before.lastIndexOf(ends.charAt(i)));
        }
        String local = before.substring(from + 1);
        for (String other : OTHER_PERIODS) {
            if (local.contains(other)) {
                return true;
            }
        }
        return false;
    }

    /** The text with every bracketed note's characters (brackets included) replaced by {@link #MASK}. */
    private static String mask(String s) {
        char[] out = s.toCharArray();
        boolean changed;
        do {
            changed = false;
            Matcher m = BRACKETED.matcher(new String(out));
            while (m.find()) {
                for (int i = m.start(); i < m.end(); i++) {
                    out[i] = MASK;
                }
                changed = true;
            }
        } while (changed);
        return new String(out);
    }

    private static void readPenalties(String part, Found<Penalty> found) {
        List<int[]> taken = new ArrayList<>();
        for (Matcher m = DEATH_SUSPENDED.matcher(part); m.find(); ) {
            found.add(new Penalty(PrincipalPenalty.DEATH_SUSPENDED, Optional.empty()));
            taken.add(new int[] {m.start(), m.end()});
        }
        for (Matcher m = DEATH.matcher(part); m.find(); ) {
            if (!inside(taken, m.start())) {
                found.add(new Penalty(PrincipalPenalty.DEATH, Optional.empty()));
            }
        }
        for (Matcher m = LIFE.matcher(part); m.find(); ) {
            found.add(new Penalty(PrincipalPenalty.LIFE, Optional.empty()));
        }
        termed(FIXED_TERM, PrincipalPenalty.FIXED_TERM, part, found);
        termed(DETENTION, PrincipalPenalty.CRIMINAL_DETENTION, part, found);
        termed(SURVEILLANCE, PrincipalPenalty.PUBLIC_SURVEILLANCE, part, found);
        if (EXEMPTED.matcher(part).find()) {
            found.add(new Penalty(PrincipalPenalty.EXEMPTED, Optional.empty()));
        }
        if (SUPPLEMENTARY_ONLY.matcher(part).find()) {
            found.add(new Penalty(PrincipalPenalty.SUPPLEMENTARY_ONLY, Optional.empty()));
        }
    }

    private static void termed(Pattern p, PrincipalPenalty kind, String part, Found<Penalty> found) {
        for (Matcher m = p.matcher(part); m.find(); ) {
            if (notOneExactTerm(part, m.end(1))) {
                found.unreadable(m.group() + part.charAt(m.end(1)), "… (not one exact term)");
                continue;
            }
            Optional<Months> t = term(m.group(1));
            if (t.isPresent()) {
                found.add(new Penalty(kind, t));
            }
        }
    }

    /**
     * Whether what stands at {@code at}, right after a term, makes it no one exact term: an
     * approximation or a range ({@code 三年多}, {@code 三年余}, {@code 三年左右}, {@code 三年至五年}), as
     * {@link #NOT_ONE_EXACT_AMOUNT} says of an amount.
     */
    private static boolean notOneExactTerm(String part, int at) {
        return at < part.length() && NOT_ONE_EXACT_AMOUNT.matcher(part).region(at, part.length()).lookingAt();
    }

    private static boolean inside(List<int[]> spans, int at) {
        for (int[] s : spans) {
            if (at >= s[0] && at < s[1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code candidate}, a term read before {@code 内} ({@code 禁止被告人张三六个月内…}), without the
     * leading Chinese digits that belong to the name before it: courts never write a term's number as
     * two adjacent digits ({@code 三六个月}; they write {@code 三十六个月}), so in {@code 张三六个月} the
     * {@code 三} is the name's and the term is {@code 六个月}, not 36 months.
     */
    private static String withoutNamesNumeral(String candidate) {
        int from = 0;
        while (from + 1 < candidate.length() && CHINESE_DIGITS.indexOf(candidate.charAt(from)) >= 0
                && CHINESE_DIGITS.indexOf(candidate.charAt(from + 1)) >= 0) {
            from++;
        }
        return candidate.substring(from);
    }

    /** The Chinese digits one to nine (not 十, 百, nor the 〇 of a year written digit by digit). */
    private static final String CHINESE_DIGITS = "一二两三四五六七八九壹贰叁肆伍陆柒捌玖";

    /**
     * The longest prefix of {@code candidate} that ends with a unit (年, 月, 天, 日, 半) and reads as a
     * non-zero term (or life) of at most 50 years. Inside a text a number without its unit is never a
     * number of months: 禁止令期限为2024年… is a date, 有期徒刑1.5年 is no term read here.
     */
    private static Optional<Months> term(String candidate) {
        if (candidate.equals("终身") || candidate.equals("终生")) {
            return Optional.of(Months.ofLife());
        }
        // no term is written in more than a few characters (二十五年十一个月又二十九日): a longer run of the term's
        // characters is not read past them, so that a garbled run costs no more than a term
        for (int end = Math.min(candidate.length(), LONGEST_TERM); end >= 1; end--) {
            if ("年月天日半".indexOf(candidate.charAt(end - 1)) < 0) {
                continue;
            }
            Parsed<Months> p = Months.parse(candidate.substring(0, end));
            if (p.isOk() && !p.value().isZero() && p.value().years() <= MAX_YEARS) {
                return p.toOptional();
            }
        }
        return Optional.empty();
    }

    private static String normalise(String text) {
        String s = Texts.toSimplified(Texts.removeSpaces(ChineseNumerals.capitalThreeBesideNumerals(Texts.foldWidth(text))));
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '，' -> sb.append(',');
                case '；' -> sb.append(';');
                case '：' -> sb.append(':');
                case '〔' -> sb.append('(');
                case '〕' -> sb.append(')');
                case '○', '◯' -> sb.append('〇'); // a zero as OCR and typists give it: 二○二三年, 1○○○○元
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String dropBracketedNotes(String s) {
        String previous;
        String current = s;
        do {
            previous = current;
            current = BRACKETED.matcher(previous).replaceAll("");
        } while (!current.equals(previous));
        return current;
    }

    /** A principal penalty with its term, if it has one. */
    private record Penalty(PrincipalPenalty kind, Optional<Months> term) {
    }

    /** The first and last day of the term, as the judgment states them. */
    private record StatedTerm(LocalDate start, LocalDate end) {
    }

    /** The distinct values found for one item. */
    private static final class Found<T> {
        private final String what;
        private final Set<T> values = new LinkedHashSet<>();
        /** The first mention of the item whose value could not be read, or null. */
        private String unreadable;

        Found(String what) {
            this.what = what;
        }

        void add(T value) {
            values.add(value);
        }

        void unreadable(String mention) {
            unreadable(mention, "");
        }

        /**
         * The first unreadable mention, with why it is not read: only the mention is cut to a message's
         * length, so that the reason keeps its whole explanation (and its Chinese, {@code ReasonText}).
         */
        void unreadable(String mention, String why) {
            if (unreadable == null) {
                unreadable = Texts.forMessage(mention) + why;
            }
        }

        Optional<T> single() {
            return values.size() == 1 ? Optional.of(values.iterator().next()) : Optional.empty();
        }
    }
}
