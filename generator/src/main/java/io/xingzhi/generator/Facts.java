package io.xingzhi.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The structured facts the generator plants, before they are rendered into messy CSV values. Null
 * fields mean "blank" (these types never leave the package). The rendering may write a fact in
 * many legal forms; the facts are what a correct reader must recover.
 */
final class Facts {
    private Facts() {
    }

    /** A person: normalised identity number, canonical name, birth date. */
    record Person(int index, String id, String name, LocalDate birth) {
    }

    /** The principal penalties, with their labels. */
    enum Penalty {
        GUANZHI("管制"), JUYI("拘役"), YOUQI("有期徒刑"), WUQI("无期徒刑"), SIHUAN("死刑缓期二年执行"),
        DANCHU("单处附加刑"), MIANYU("免予刑事处罚");

        final String label;

        Penalty(String label) {
            this.label = label;
        }

        boolean hasTerm() {
            return this == GUANZHI || this == JUYI || this == YOUQI;
        }

        boolean life() {
            return this == WUQI || this == SIHUAN;
        }
    }

    /** Deprivation of political rights for life. */
    static final int LIFE = -1;

    /** One defendant in one judgment. */
    static final class Judgment {
        Person person;
        String caseNumber;
        Catalog.Court court;
        LocalDate judgmentDate;
        LocalDate effective;
        Penalty penalty;
        int termMonths;
        LocalDate termStart;
        LocalDate termEnd;
        /** the term end must be written (a boundary case that should not rest on arithmetic) */
        boolean termEndWritten;
        /** the term start must be written (the person was in custody, but not in a covering stay) */
        boolean termStartWritten;
        int probationMonths;
        int dprMonths;
        long fine;
        long confiscation;
        boolean confiscateAll;
        long prepaid;
        String orderGroup;
        int orderMonths;
        LocalDate orderStart;
        LocalDate orderEnd;
        /** the penalties are written only as sentence text (判决结果), the structured columns blank */
        boolean textOnly;
        /** the order is written only as a clause of the sentence text (whole probation) */
        boolean orderAsClause;

        boolean suspended() {
            return probationMonths > 0;
        }

        boolean hasOrder() {
            return orderGroup != null;
        }

        String orderText() {
            return orderGroup == null ? null : Catalog.orderText(orderGroup);
        }

        LocalDate probationEnd() {
            return TermMath.end(effective, probationMonths);
        }

        /** First day of the order period (LAW.md §3). */
        LocalDate orderPeriodStart() {
            return orderStart != null ? orderStart : effective;
        }

        /** Last day of the order period (LAW.md §3). */
        LocalDate orderPeriodEnd() {
            if (orderEnd != null) {
                return orderEnd;
            }
            if (orderMonths > 0) {
                return TermMath.end(effective, orderMonths);
            }
            return suspended() ? probationEnd() : termEnd;
        }

        boolean hasPropertyPenalty() {
            return fine > 0 || confiscation > 0 || confiscateAll;
        }

        long outstanding() {
            return fine + confiscation - prepaid;
        }
    }

    /** One stay in a detention center. */
    record Custody(Person person, String caseNumber, String center, LocalDate admitted, LocalDate notice,
                   LocalDate left, String reason) {
    }

    /** One community-correction term; {@code reported} is the day the person reported (报到日期), null when not recorded. */
    record Correction(Person person, String type, String caseNumber, LocalDate start, LocalDate end, String office,
                      String order, LocalDate orderStart, LocalDate orderEnd, LocalDate reported) {
    }

    /** One release from prison (resettlement). */
    record Release(Person person, LocalDate released, String type, String institution, String caseNumber) {
    }

    /** One police supervision term for deprivation of political rights. */
    record Supervision(Person person, LocalDate start, LocalDate end, String station) {
    }

    /** One enforcement case of a property penalty; {@code transferred} (移送执行日期) is null when not recorded. */
    record Enforcement(Person person, String number, String sourceCase, LocalDate transferred, LocalDate filed, long target,
                       long executed, LocalDate closed, String closure) {
    }

    /** One commutation (减刑) or parole (假释) ruling; {@code caseNumber} is the original case, null when not recorded. */
    record Commutation(Person person, String caseNumber, String rulingNumber, String type, LocalDate date, String court) {
    }

    /** One person's role in one enterprise. */
    record Role(String id, String name, String enterprise, String creditCode, String role, String scope,
                LocalDate start, LocalDate end) {
    }

    /** One dated event. */
    record Activity(String id, String name, LocalDateTime occurred, Catalog.Venue venue) {
    }

    /** A lead the facts give by LAW.md. */
    record Lead(String model, String kind, String id, String caseNumber, String scenario) {
    }

    /** Everything planted for one sentenced person. */
    static final class Plan {
        final Person person;
        final Scenario scenario;
        Judgment judgment;
        final List<Custody> custody = new ArrayList<>();
        final List<Correction> corrections = new ArrayList<>();
        final List<Release> releases = new ArrayList<>();
        final List<Supervision> supervisions = new ArrayList<>();
        final List<Enforcement> enforcement = new ArrayList<>();
        final List<Commutation> commutations = new ArrayList<>();
        final List<Role> roles = new ArrayList<>();
        final List<Activity> activities = new ArrayList<>();
        final List<Lead> leads = new ArrayList<>();
        /** noise activities may include prohibited places for this person (no order) */
        boolean anyVenueOk = true;
        /** noise business roles may be written for this person */
        boolean rolesOk = true;
        /**
         * noise business roles may be company offices (法定代表人, 董事, 监事, 经理): not for a person deprived
         * of political rights, whom 公司法 art. 178(二) bars from them (LAW.md §2 BARRED_ROLE)
         */
        boolean officesOk = true;

        Plan(Person person, Scenario scenario) {
            this.person = person;
            this.scenario = scenario;
        }
    }
}
