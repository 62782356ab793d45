package io.xingzhi.generator;

/**
 * What the generator plants for one sentenced person: a lead of one kind, a near-miss that must
 * not be reported, or a clean history. The weight is per thousand persons.
 */
enum Scenario {
    // custody-transfer leads
    CT_NOT_TRANSFERRED(Type.LEAD, "custody-transfer", "NOT_TRANSFERRED", 8),
    CT_NOT_TRANSFERRED_LIFE(Type.LEAD, "custody-transfer", "NOT_TRANSFERRED", 2),
    CT_NOT_TRANSFERRED_SERVED_IN_DC(Type.LEAD, "custody-transfer", "NOT_TRANSFERRED", 4),
    CT_LATE_TRANSFER(Type.LEAD, "custody-transfer", "LATE_TRANSFER", 8),
    CT_LATE_TRANSFER_DAY31(Type.LEAD, "custody-transfer", "LATE_TRANSFER", 2),
    CT_HELD_PAST_TERM(Type.LEAD, "custody-transfer", "HELD_PAST_TERM", 6),
    CT_RELEASED_EARLY(Type.LEAD, "custody-transfer", "RELEASED_EARLY", 5),
    CT_HELD_AFTER_NON_CUSTODIAL(Type.LEAD, "custody-transfer", "HELD_AFTER_NON_CUSTODIAL", 6),
    // political-rights leads
    PR_NOT_SUPERVISED(Type.LEAD, "political-rights", "NOT_SUPERVISED", 10),
    PR_SUPERVISION_ENDED_EARLY(Type.LEAD, "political-rights", "SUPERVISION_ENDED_EARLY", 6),
    PR_NOT_RESTORED(Type.LEAD, "political-rights", "NOT_RESTORED", 5),
    PR_PERIOD_MISRECORDED(Type.LEAD, "political-rights", "PERIOD_MISRECORDED", 5),
    PR_BARRED_ROLE(Type.LEAD, "political-rights", "BARRED_ROLE", 5),
    // prohibition-order leads
    PO_CORRECTION_MISSING(Type.LEAD, "prohibition-order", "CORRECTION_MISSING", 6),
    PO_ORDER_NOT_RECORDED(Type.LEAD, "prohibition-order", "ORDER_NOT_RECORDED", 5),
    PO_ORDER_VIOLATED_ACTIVITY(Type.LEAD, "prohibition-order", "ORDER_VIOLATED", 8),
    PO_ORDER_VIOLATED_BUSINESS(Type.LEAD, "prohibition-order", "ORDER_VIOLATED", 4),
    PO_ORDER_VIOLATED_FOUNDING(Type.LEAD, "prohibition-order", "ORDER_VIOLATED", 4),
    PO_LATE_REPORT(Type.LEAD, "prohibition-order", "LATE_REPORT", 5),
    // property-penalty leads
    PP_NOT_TRANSFERRED(Type.LEAD, "property-penalty", "NOT_TRANSFERRED", 8),
    PP_ENFORCEMENT_OVERDUE(Type.LEAD, "property-penalty", "ENFORCEMENT_OVERDUE", 6),
    PP_CLOSED_NOT_PAID(Type.LEAD, "property-penalty", "CLOSED_NOT_PAID", 5),
    PP_TERMINATED_WITH_ASSETS(Type.LEAD, "property-penalty", "TERMINATED_WITH_ASSETS", 5),
    PP_LATE_FILING(Type.LEAD, "property-penalty", "LATE_FILING", 5),
    PP_COMMUTED_WHILE_UNPAID(Type.LEAD, "property-penalty", "COMMUTED_WHILE_UNPAID", 5),

    // near-misses: must not be reported
    NM_CT_DELIVERED_DAY30(Type.NEAR_MISS, "custody-transfer", "", 6),
    NM_CT_REMAINING_EXACTLY_3M(Type.NEAR_MISS, "custody-transfer", "", 5),
    NM_CT_JUYI_IN_DETENTION_CENTER(Type.NEAR_MISS, "custody-transfer", "", 6),
    NM_CT_RELEASED_DAY_AFTER_EFFECT(Type.NEAR_MISS, "custody-transfer", "", 4),
    NM_CT_STAY_ENDED_BEFORE_EFFECT(Type.NEAR_MISS, "custody-transfer", "", 3),
    NM_CT_STAY_OF_ANOTHER_CASE(Type.NEAR_MISS, "custody-transfer", "", 3),
    NM_PR_WITHIN_REGISTRATION_GRACE(Type.NEAR_MISS, "political-rights", "", 6),
    NM_PR_ENDED_WITHIN_GRACE(Type.NEAR_MISS, "political-rights", "", 5),
    NM_PR_NOT_STARTED(Type.NEAR_MISS, "political-rights", "", 5),
    NM_PR_SUPERVISED(Type.NEAR_MISS, "political-rights", "", 6),
    NM_PR_PERIOD_WITHIN_TOLERANCE(Type.NEAR_MISS, "political-rights", "", 4),
    NM_PR_PERIOD_ESTIMATED_START(Type.NEAR_MISS, "political-rights", "", 3),
    NM_PR_ROLE_AFTER_WINDOW(Type.NEAR_MISS, "political-rights", "", 2),
    NM_PR_ROLE_ENDED_BEFORE_EFFECT(Type.NEAR_MISS, "political-rights", "", 2),
    NM_PR_ROLE_NOT_AN_OFFICE(Type.NEAR_MISS, "political-rights", "", 2),
    NM_PR_ROLE_NOT_A_COMPANY(Type.NEAR_MISS, "political-rights", "", 2),
    NM_PO_OUTSIDE_PERIOD(Type.NEAR_MISS, "prohibition-order", "", 6),
    NM_PO_NO_KEYWORD(Type.NEAR_MISS, "prohibition-order", "", 6),
    NM_PO_FOUNDING_ROLE_BEFORE(Type.NEAR_MISS, "prohibition-order", "", 5),
    NM_PO_FOUNDING_OTHER_ROLE(Type.NEAR_MISS, "prohibition-order", "", 3),
    NM_PO_CORRECTION_WITHIN_GRACE(Type.NEAR_MISS, "prohibition-order", "", 5),
    NM_PO_REPORTED_DAY10(Type.NEAR_MISS, "prohibition-order", "", 4),
    NM_PO_NO_REPORT_DATE(Type.NEAR_MISS, "prohibition-order", "", 2),
    NM_PO_LATE_REPORT_OTHER_CASE(Type.NEAR_MISS, "prohibition-order", "", 2),
    NM_PP_WITHIN_TRANSFER_GRACE(Type.NEAR_MISS, "property-penalty", "", 5),
    NM_PP_FILED_WITHIN_6_MONTHS(Type.NEAR_MISS, "property-penalty", "", 6),
    NM_PP_FULLY_PAID(Type.NEAR_MISS, "property-penalty", "", 6),
    NM_PP_TERMINATED_NO_ROLE(Type.NEAR_MISS, "property-penalty", "", 5),
    NM_PP_FINE_PREPAID(Type.NEAR_MISS, "property-penalty", "", 5),
    NM_PP_FILED_DAY7(Type.NEAR_MISS, "property-penalty", "", 4),
    NM_PP_NO_TRANSFER_DATE(Type.NEAR_MISS, "property-penalty", "", 2),
    NM_PP_CASE_OF_NO_JUDGMENT(Type.NEAR_MISS, "property-penalty", "", 2),
    NM_PP_COMMUTED_ON_PAYMENT_DAY(Type.NEAR_MISS, "property-penalty", "", 2),
    NM_PP_COMMUTED_AFTER_TERMINATION(Type.NEAR_MISS, "property-penalty", "", 2),
    NM_PP_COMMUTED_ON_EFFECTIVE_DATE(Type.NEAR_MISS, "property-penalty", "", 1),
    NM_PP_COMMUTED_AFTER_AS_OF(Type.NEAR_MISS, "property-penalty", "", 1),
    NM_PP_COMMUTED_OTHER_CASE(Type.NEAR_MISS, "property-penalty", "", 2),
    NM_PP_COMMUTED_FINE_PREPAID(Type.NEAR_MISS, "property-penalty", "", 1),
    NM_NOT_YET_EFFECTIVE(Type.NEAR_MISS, "", "", 3),

    // clean persons
    CLEAN_PRISON(Type.CLEAN, "", "", 250),
    CLEAN_PRISON_DPR(Type.CLEAN, "", "", 55),
    CLEAN_PRISON_FINE(Type.CLEAN, "", "", 120),
    CLEAN_PAROLE(Type.CLEAN, "", "", 35),
    CLEAN_SUSPENDED(Type.CLEAN, "", "", 150),
    CLEAN_SUSPENDED_ORDER(Type.CLEAN, "", "", 40),
    CLEAN_JUYI(Type.CLEAN, "", "", 55),
    CLEAN_GUANZHI(Type.CLEAN, "", "", 30),
    CLEAN_LIFE(Type.CLEAN, "", "", 15),
    CLEAN_EXEMPTED(Type.CLEAN, "", "", 20);

    /** Lead, near-miss or clean. */
    enum Type { LEAD, NEAR_MISS, CLEAN }

    final Type type;
    final String model;
    final String kind;
    final int weight;

    Scenario(Type type, String model, String kind, int weight) {
        this.type = type;
        this.model = model;
        this.kind = kind;
        this.weight = weight;
    }
}
