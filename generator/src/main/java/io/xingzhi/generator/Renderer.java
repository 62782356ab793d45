package io.xingzhi.generator;

import io.xingzhi.generator.Facts.Commutation;
import io.xingzhi.generator.Facts.Correction;
import io.xingzhi.generator.Facts.Custody;
import io.xingzhi.generator.Facts.Enforcement;
import io.xingzhi.generator.Facts.Judgment;
import io.xingzhi.generator.Facts.Penalty;
import io.xingzhi.generator.Facts.Plan;
import io.xingzhi.generator.Facts.Release;
import io.xingzhi.generator.Facts.Role;
import io.xingzhi.generator.Facts.Supervision;
import java.io.IOException;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes planted facts as CSV rows, each value in one of its legal messy forms - or, for a clean
 * export ({@link GeneratorSpec#clean()}), in its one canonical form with every structured field
 * filled: no fact is left to the sentence text, to a derivation from another column, or to an alias.
 * The random stream it is given decides forms only, never facts.
 */
final class Renderer {
    private final Tables t;
    private final boolean clean;
    private final Mess m;
    private final int[] activityColumns;
    private SplittableRandom r;

    /** The open output tables. */
    record Tables(CsvTable judgments, CsvTable custody, CsvTable corrections, CsvTable resettlement,
                  CsvTable dprSupervision, CsvTable enforcement, CsvTable business, CsvTable activities,
                  CsvTable commutations) {
    }

    Renderer(Tables tables, boolean clean) {
        this.t = tables;
        this.clean = clean;
        this.m = new Mess(clean);
        String[] fields = {"name", "id_number", "occurred_on", "category", "venue_type", "venue_name", "description", "agency"};
        this.activityColumns = new int[fields.length];
        for (int i = 0; i < fields.length; i++) {
            activityColumns[i] = tables.activities().column(fields[i]);
        }
    }

    void use(SplittableRandom rng) {
        this.r = rng;
        m.use(rng);
    }

    /** Writes everything of a plan except its activities (which the generator interleaves with noise). */
    void render(Plan p) throws IOException {
        judgment(p);
        for (Custody c : p.custody) {
            custody(c);
        }
        for (Correction c : p.corrections) {
            correction(c);
        }
        for (Release x : p.releases) {
            release(x);
        }
        for (Supervision s : p.supervisions) {
            supervision(s);
        }
        for (Enforcement e : p.enforcement) {
            enforcement(e);
        }
        for (Role x : p.roles) {
            role(x);
        }
        for (Commutation c : p.commutations) {
            commutation(c);
        }
    }

    private void judgment(Plan p) throws IOException {
        Judgment j = p.judgment;
        CsvTable o = t.judgments();
        o.set("case_number", m.caseNumber(j.caseNumber)).set("court", j.court.name())
                .set("name", m.name(j.person.name())).set("id_number", m.id(j.person.id()))
                .set("judgment_date", clean || chance(0.85) ? m.date(j.judgmentDate) : "")
                .set("effective_date", m.date(j.effective));
        boolean text = j.textOnly && !clean;
        if (!text) {
            o.set("principal_penalty", j.penalty == Penalty.SIHUAN && !clean && chance(0.3) ? "死缓" : j.penalty.label);
            if (j.penalty.hasTerm()) {
                o.set("term_months", m.months(j.termMonths));
            }
            if (j.suspended()) {
                o.set("probation_months", m.months(j.probationMonths));
            }
            if (j.dprMonths != 0) {
                o.set("dpr_months", m.dpr(j.dprMonths));
            }
            if (j.fine > 0) {
                o.set("fine_amount", m.amount(j.fine));
            }
            if (j.confiscateAll) {
                o.set("confiscation_amount", "全部");
            } else if (j.confiscation > 0) {
                o.set("confiscation_amount", m.amount(j.confiscation));
            }
        }
        if (text || (!clean && chance(0.12))) {
            o.set("sentence_text", sentenceText(j));
        }
        if (j.prepaid > 0) {
            o.set("prepaid_amount", m.amount(j.prepaid));
        }
        if (j.penalty.hasTerm()) {
            if (clean || !termStartDerivable(p) || chance(0.85)) {
                o.set("term_start", m.date(j.termStart));
            }
            if (clean || j.termEndWritten || chance(j.suspended() ? 0.3 : 0.45)) {
                o.set("term_end", m.date(j.termEnd));
            }
        }
        if (j.hasOrder() && clean) { // the court's period, whichever way the judgment gave it
            LocalDate from = j.orderPeriodStart();
            LocalDate to = j.orderPeriodEnd();
            o.set("prohibition_order", j.orderText()).set("prohibition_start", m.date(from))
                    .set("prohibition_end", m.date(to)).set("prohibition_months", m.months(monthsBetween(from, to)));
        } else if (j.hasOrder() && !j.orderAsClause) {
            o.set("prohibition_order", j.orderText());
            if (j.orderStart != null) {
                o.set("prohibition_start", m.date(j.orderStart)).set("prohibition_end", m.date(j.orderEnd));
                if (chance(0.3)) {
                    o.set("prohibition_months", m.months(monthsBetween(j.orderStart, j.orderEnd)));
                }
            } else if (j.orderMonths > 0) {
                o.set("prohibition_months", m.months(j.orderMonths));
            }
        }
        o.write();
    }

    /** The term start may be left blank: LAW.md then takes the covering stay's admission, else the effective date. */
    private static boolean termStartDerivable(Plan p) {
        Judgment j = p.judgment;
        if (j.termStartWritten) {
            return false;
        }
        Custody covering = null;
        for (Custody c : p.custody) {
            if (!c.admitted().isAfter(j.effective) && (c.left() == null || !c.left().isBefore(j.effective))) {
                if (covering != null) {
                    return false;
                }
                covering = c;
            }
        }
        if (covering != null) {
            return j.termStart.equals(covering.admitted());
        }
        return p.custody.isEmpty() && j.termStart.equals(j.effective);
    }

    /** Months of an order written with explicit dates (start + months − 1 day = end). */
    private static int monthsBetween(LocalDate start, LocalDate end) {
        for (int months = 1; months <= 120; months++) {
            if (TermMath.end(start, months).equals(end)) {
                return months;
            }
        }
        throw new IllegalStateException("order period is not whole months");
    }

    /** The sentence as a court writes it (判决结果). */
    String sentenceText(Judgment j) {
        String sep = chance(0.5) ? "," : "，";
        StringBuilder b = new StringBuilder();
        switch (j.penalty) {
            case MIANYU -> b.append("免予刑事处罚");
            case DANCHU -> b.append("单处剥夺政治权利").append(words(j.dprMonths));
            case WUQI -> b.append("判处无期徒刑").append(sep).append("剥夺政治权利终身");
            case SIHUAN -> b.append("判处死刑").append(sep).append("缓期二年执行").append(sep).append("剥夺政治权利终身");
            default -> {
                boolean multi = j.penalty == Penalty.YOUQI && !j.suspended() && j.dprMonths == 0 && j.termMonths >= 24
                        && !j.confiscateAll && j.confiscation == 0 && chance(0.25);
                if (multi) {
                    multiOffence(b, j, sep);
                } else {
                    b.append("判处").append(j.penalty.label).append(words(j.termMonths));
                    if (j.suspended()) {
                        b.append(sep).append("缓刑").append(words(j.probationMonths));
                    }
                    if (j.dprMonths > 0) {
                        b.append(sep).append("剥夺政治权利").append(words(j.dprMonths));
                    }
                    if (j.fine > 0) {
                        b.append(sep).append("并处罚金人民币").append(amountWords(j.fine));
                    }
                }
            }
        }
        if (j.confiscateAll) {
            b.append(sep).append("并处没收个人全部财产");
        } else if (j.confiscation > 0) {
            b.append(sep).append("并处没收个人财产人民币").append(amountWords(j.confiscation));
        }
        if (j.orderAsClause) {
            b.append(sep).append(Catalog.orderClause(j.orderGroup));
        }
        if (j.penalty.hasTerm() && !j.suspended() && chance(0.1)) {
            b.append("（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自")
                    .append(chineseDate(j.termStart)).append("起至").append(chineseDate(j.termEnd)).append("止）");
        }
        if (j.fine > 0 && chance(0.1)) {
            b.append("（罚金于判决生效后三个月内缴纳）");
        }
        return b.toString();
    }

    /** Two offences, each with its penalty, then the combined sentence after 决定执行. */
    private void multiOffence(StringBuilder b, Judgment j, String sep) {
        String semi = chance(0.5) ? ";" : "；";
        int total = j.termMonths;
        int t1 = total / 2 + r.nextInt(total / 4 + 1);
        int t2 = total - t1 + 1 + r.nextInt(Math.min(12, t1));
        int k = r.nextInt(Catalog.OFFENCES.size());
        String first = Catalog.OFFENCES.get(k);
        String second = Catalog.OFFENCES.get((k + 1 + r.nextInt(Catalog.OFFENCES.size() - 1)) % Catalog.OFFENCES.size());
        boolean split = j.fine >= 2000 && j.fine % 2000 == 0;
        b.append("犯").append(first).append(sep).append("判处有期徒刑").append(words(t1));
        if (split) {
            b.append(sep).append("并处罚金人民币").append(amountWords(j.fine / 2));
        }
        b.append(semi).append("犯").append(second).append(sep).append("判处有期徒刑").append(words(t2));
        if (split) {
            b.append(sep).append("并处罚金人民币").append(amountWords(j.fine / 2));
        }
        b.append(sep).append("决定执行有期徒刑").append(words(total));
        if (j.fine > 0) {
            b.append(sep).append("并处罚金人民币").append(amountWords(j.fine));
        }
    }

    private String words(int months) {
        return chance(0.1) ? ChineseText.monthsWithZero(months) : ChineseText.months(months);
    }

    private String amountWords(long yuan) {
        int x = r.nextInt(100);
        if (x < 40) {
            return ChineseText.lower(yuan) + "元";
        } else if (x < 75) {
            return ChineseText.capital(yuan) + "元";
        } else if (x < 90 || yuan % 10_000 != 0) {
            return yuan + "元";
        }
        return yuan / 10_000 + "万元";
    }

    private static String chineseDate(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private void custody(Custody c) throws IOException {
        String reason = c.reason();
        if ("投送监狱".equals(reason) && !clean && chance(0.2)) {
            reason = "送监执行";
        }
        t.custody().set("name", m.name(c.person().name())).set("id_number", m.id(c.person().id()))
                .set("detention_center", c.center()).set("case_number", m.caseNumber(c.caseNumber()))
                .set("admitted_on", m.date(c.admitted())).set("notice_received_on", m.date(c.notice()))
                .set("left_on", m.date(c.left())).set("leave_reason", reason)
                .set("remark", chance(0.05) ? "重点人员" : "")
                .write();
    }

    private void correction(Correction c) throws IOException {
        t.corrections().set("name", m.name(c.person().name())).set("id_number", m.id(c.person().id()))
                .set("correction_type", c.type()).set("case_number", m.caseNumber(c.caseNumber()))
                .set("start_on", m.date(c.start())).set("end_on", m.date(c.end())).set("office", c.office())
                .set("reported_on", m.date(c.reported()))
                .set("prohibition_order", c.order()).set("prohibition_start", m.date(c.orderStart()))
                .set("prohibition_end", m.date(c.orderEnd()))
                .write();
    }

    private void release(Release x) throws IOException {
        t.resettlement().set("name", m.name(x.person().name())).set("id_number", m.id(x.person().id()))
                .set("birth_date", clean || chance(0.3) ? m.date(x.person().birth()) : "")
                .set("released_on", m.date(x.released())).set("release_type", x.type())
                .set("institution", x.institution()).set("case_number", m.caseNumber(x.caseNumber()))
                .write();
    }

    private void supervision(Supervision s) throws IOException {
        t.dprSupervision().set("name", m.name(s.person().name())).set("id_number", m.id(s.person().id()))
                .set("birth_date", clean || chance(0.2) ? m.date(s.person().birth()) : "")
                .set("start_on", m.date(s.start())).set("end_on", m.date(s.end())).set("police_station", s.station())
                .write();
    }

    private void enforcement(Enforcement e) throws IOException {
        String closure = e.closure();
        if ("终结本次执行程序".equals(closure) && !clean && chance(0.1)) {
            closure = "终本";
        }
        t.enforcement().set("enforcement_number", e.number()).set("source_case_number", m.caseNumber(e.sourceCase()))
                .set("name", m.name(e.person().name())).set("id_number", m.id(e.person().id()))
                .set("transferred_on", m.date(e.transferred()))
                .set("filed_on", m.date(e.filed())).set("target_amount", m.amount(e.target()))
                .set("executed_amount", m.amount(e.executed())).set("closed_on", m.date(e.closed()))
                .set("closure", closure)
                .write();
    }

    /** A role as registered (董事长, 总经理, ...); in a clean export its canonical name (董事, 经理). */
    void role(Role x) throws IOException {
        t.business().set("enterprise", x.enterprise()).set("credit_code", x.creditCode())
                .set("name", m.name(x.name())).set("id_number", m.id(x.id()))
                .set("role", clean ? canonicalRole(x.role()) : x.role())
                .set("business_scope", x.scope()).set("role_start", m.date(x.start())).set("role_end", m.date(x.end()))
                .write();
    }

    /** CONTRACT.md §1's role names: 董事长, 执行董事, 副董事长 are 董事; 总经理 is 经理. */
    static String canonicalRole(String role) {
        return switch (role) {
            case "董事长", "执行董事", "副董事长" -> "董事";
            case "总经理" -> "经理";
            default -> role;
        };
    }

    private void commutation(Commutation c) throws IOException {
        t.commutations().set("name", m.name(c.person().name())).set("id_number", m.id(c.person().id()))
                .set("case_number", m.caseNumber(c.caseNumber())).set("ruling_number", m.caseNumber(c.rulingNumber()))
                .set("ruling_type", c.type()).set("ruling_date", m.date(c.date())).set("court", c.court())
                .write();
    }

    void activity(String id, String name, java.time.LocalDateTime at, Catalog.Venue v) throws IOException {
        CsvTable a = t.activities();
        a.set(activityColumns[0], m.name(name)).set(activityColumns[1], m.id(id)).set(activityColumns[2], m.dateTime(at))
                .set(activityColumns[3], v.category()).set(activityColumns[4], v.venueType())
                .set(activityColumns[5], v.venueName()).set(activityColumns[6], v.description())
                .set(activityColumns[7], v.agency())
                .write();
    }

    private boolean chance(double probability) {
        return r.nextDouble() < probability;
    }
}
