package io.xingzhi.core.supervision;

import io.xingzhi.core.identity.IdentityResolver;
import io.xingzhi.core.identity.Person;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.record.Activity;
import io.xingzhi.core.record.AgencyRecord;
import io.xingzhi.core.record.BusinessRole;
import io.xingzhi.core.record.Closure;
import io.xingzhi.core.record.Commutation;
import io.xingzhi.core.record.CorrectionTerm;
import io.xingzhi.core.record.CorrectionType;
import io.xingzhi.core.record.CustodyStay;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.DprSupervision;
import io.xingzhi.core.record.EnforcementCase;
import io.xingzhi.core.record.Judgment;
import io.xingzhi.core.record.LeaveReason;
import io.xingzhi.core.record.RecordIdentity;
import io.xingzhi.core.record.Release;
import io.xingzhi.core.record.ReleaseType;
import io.xingzhi.core.record.RoleType;
import io.xingzhi.core.record.RulingType;
import io.xingzhi.core.record.SourceRef;
import io.xingzhi.core.value.Amount;
import io.xingzhi.core.value.CaseNumber;
import io.xingzhi.core.value.IdNumber;
import io.xingzhi.core.value.Months;
import io.xingzhi.core.value.PersonName;
import io.xingzhi.core.value.PrincipalPenalty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builders of records and persons for model tests: one person, one case, explicit dates. */
final class Fixtures {
    static final String ID = "210682199001011234";
    static final String CASE = "(2024)辽0682刑初1号";
    private static int line = 2;

    private Fixtures() {
    }

    static RecordIdentity who() {
        IdNumber n = IdNumber.parse(ID.substring(0, 17) + IdNumber.checkCharacter(ID.substring(0, 17))).value();
        return new RecordIdentity(Optional.of(n), Optional.of(PersonName.parse("张三").value()), Optional.of(n.birthDate()),
                Optional.empty());
    }

    static SourceRef ref(Dataset d) {
        return new SourceRef(d, d.fileStem() + ".csv", line++);
    }

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    /** A judgment builder with everything blank but the effective date and penalty. */
    static final class J {
        /** Null: the principal penalty could not be determined. */
        PrincipalPenalty penalty = PrincipalPenalty.FIXED_TERM;
        LocalDate effective = d("2024-01-10");
        Optional<Months> term = Optional.empty();
        Optional<LocalDate> termStart = Optional.empty();
        Optional<LocalDate> termEnd = Optional.empty();
        Optional<Months> probation = Optional.empty();
        Optional<Months> dpr = Optional.empty();
        Optional<Amount> fine = Optional.empty();
        Optional<Amount> confiscation = Optional.empty();
        Optional<Amount> prepaid = Optional.empty();
        Optional<String> order = Optional.empty();
        Optional<Months> orderTerm = Optional.empty();
        String caseNumber = CASE;

        /** Another case number than {@link Fixtures#CASE}. */
        J caseNumber(String c) {
            caseNumber = c;
            return this;
        }

        J penalty(PrincipalPenalty p) {
            penalty = p;
            return this;
        }

        J effective(String s) {
            effective = d(s);
            return this;
        }

        J months(int m) {
            term = Optional.of(Months.of(m));
            return this;
        }

        J start(String s) {
            termStart = Optional.of(d(s));
            return this;
        }

        J end(String s) {
            termEnd = Optional.of(d(s));
            return this;
        }

        J probation(int m) {
            probation = Optional.of(Months.of(m));
            return this;
        }

        J dpr(Months m) {
            dpr = Optional.of(m);
            return this;
        }

        J fine(long yuan) {
            fine = Optional.of(Amount.ofYuan(BigDecimal.valueOf(yuan)));
            return this;
        }

        J confiscateAll() {
            confiscation = Optional.of(Amount.ofAllProperty());
            return this;
        }

        J prepaid(long yuan) {
            prepaid = Optional.of(Amount.ofYuan(BigDecimal.valueOf(yuan)));
            return this;
        }

        J order(String text) {
            order = Optional.of(text);
            return this;
        }

        J orderMonths(int m) {
            orderTerm = Optional.of(Months.of(m));
            return this;
        }

        Judgment build() {
            return new Judgment(ref(Dataset.JUDGMENTS), who(), Optional.of(CaseNumber.parse(caseNumber).value()), "凤城市人民法院",
                    effective, Optional.empty(), Optional.ofNullable(penalty), term, termStart, termEnd, probation, dpr, fine,
                    confiscation, prepaid, order, orderTerm, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Map.of());
        }
    }

    static J judgment() {
        return new J();
    }

    static CustodyStay stay(String admitted, String notice, String left, LeaveReason reason) {
        return new CustodyStay(ref(Dataset.CUSTODY), who(), "凤城市看守所", Optional.empty(), d(admitted),
                Optional.ofNullable(notice).map(LocalDate::parse), Optional.ofNullable(left).map(LocalDate::parse),
                Optional.ofNullable(reason), Map.of());
    }

    /** A stay that names a case (null: names none). */
    static CustodyStay stay(String caseNumber, String admitted, String notice, String left, LeaveReason reason) {
        return new CustodyStay(ref(Dataset.CUSTODY), who(), "凤城市看守所",
                Optional.ofNullable(caseNumber).map(c -> CaseNumber.parse(c).value()), d(admitted),
                Optional.ofNullable(notice).map(LocalDate::parse), Optional.ofNullable(left).map(LocalDate::parse),
                Optional.ofNullable(reason), Map.of());
    }

    static Release release(String on) {
        return new Release(ref(Dataset.RESETTLEMENT), who(), d(on), ReleaseType.SENTENCE_SERVED, "辽宁省某监狱", Optional.empty(), Map.of());
    }

    static DprSupervision supervision(String start, String end) {
        return new DprSupervision(ref(Dataset.DPR_SUPERVISION), who(), d(start), Optional.ofNullable(end).map(LocalDate::parse),
                "草河派出所", Map.of());
    }

    static CorrectionTerm correction(String start, String order) {
        return new CorrectionTerm(ref(Dataset.CORRECTIONS), who(), Optional.of(CorrectionType.PROBATION), Optional.empty(),
                d(start), Optional.empty(), "草河司法所", Optional.ofNullable(order), Optional.empty(), Optional.empty(), Map.of());
    }

    /** A correction record with the agency's own order dates. */
    static CorrectionTerm correction(String start, String order, String orderFrom, String orderTo) {
        return new CorrectionTerm(ref(Dataset.CORRECTIONS), who(), Optional.of(CorrectionType.PROBATION), Optional.empty(),
                d(start), Optional.empty(), "草河司法所", Optional.ofNullable(order), Optional.ofNullable(orderFrom).map(LocalDate::parse),
                Optional.ofNullable(orderTo).map(LocalDate::parse), Map.of());
    }

    /** A correction record for {@code caseNumber} (null: names none) whose person reported on {@code reported} (null: not recorded). */
    static CorrectionTerm reported(String caseNumber, String start, String reported) {
        return new CorrectionTerm(ref(Dataset.CORRECTIONS), who(), Optional.of(CorrectionType.PROBATION),
                Optional.ofNullable(caseNumber).map(c -> CaseNumber.parse(c).value()), d(start), Optional.empty(), "草河司法所",
                Optional.ofNullable(reported).map(LocalDate::parse), Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
    }

    static EnforcementCase enforcement(String filed, Long target, Long executed, String closed, Closure closure) {
        return new EnforcementCase(ref(Dataset.ENFORCEMENT), who(), Optional.of(CaseNumber.parse("(2024)辽0682执1号").value()),
                Optional.of(CaseNumber.parse(CASE).value()), d(filed),
                Optional.ofNullable(target).map(t -> Amount.ofYuan(BigDecimal.valueOf(t))),
                Optional.ofNullable(executed).map(t -> Amount.ofYuan(BigDecimal.valueOf(t))),
                Optional.ofNullable(closed).map(LocalDate::parse), Optional.ofNullable(closure), Map.of());
    }

    /** An enforcement case naming {@code source} as its basis (null: names none), transferred on {@code transferred}. */
    static EnforcementCase enforcementFor(String source, String transferred, String filed, Long target, Long executed,
                                          String closed, Closure closure) {
        return new EnforcementCase(ref(Dataset.ENFORCEMENT), who(), Optional.of(CaseNumber.parse("(2024)辽0682执" + line + "号").value()),
                Optional.ofNullable(source).map(c -> CaseNumber.parse(c).value()), Optional.ofNullable(transferred).map(LocalDate::parse),
                d(filed), Optional.ofNullable(target).map(t -> Amount.ofYuan(BigDecimal.valueOf(t))),
                Optional.ofNullable(executed).map(t -> Amount.ofYuan(BigDecimal.valueOf(t))),
                Optional.ofNullable(closed).map(LocalDate::parse), Optional.ofNullable(closure), Map.of());
    }

    /** A commutation (减刑) or parole (假释) ruling for {@code caseNumber} (null: names none). */
    static Commutation ruling(String caseNumber, RulingType type, String date) {
        return new Commutation(ref(Dataset.COMMUTATIONS), who(), Optional.ofNullable(caseNumber).map(c -> CaseNumber.parse(c).value()),
                Optional.of(CaseNumber.parse("(2024)辽06刑更" + line + "号").value()), Optional.of(type), d(date), "辽宁省丹东市中级人民法院",
                Map.of());
    }

    static Activity activity(String on, String venueType, String venueName) {
        return new Activity(ref(Dataset.ACTIVITIES), who(), d(on), "场所出入", venueType, venueName, "", "公安局", Map.of());
    }

    static BusinessRole role(RoleType role, String scope, String start, String end) {
        return new BusinessRole(ref(Dataset.BUSINESS_REGISTRATIONS), who(), "凤城市某某有限公司", "91210682MA0000000X", role, scope,
                Optional.ofNullable(start).map(LocalDate::parse), Optional.ofNullable(end).map(LocalDate::parse), Map.of());
    }

    /** A role in a named enterprise. */
    static BusinessRole role(String enterprise, RoleType role, String start, String end) {
        return new BusinessRole(ref(Dataset.BUSINESS_REGISTRATIONS), who(), enterprise, "", role, "建材销售",
                Optional.ofNullable(start).map(LocalDate::parse), Optional.ofNullable(end).map(LocalDate::parse), Map.of());
    }

    static Person person(AgencyRecord... records) {
        return IdentityResolver.resolve(List.of(records)).persons().get(0);
    }

    /** Runs one model's assess and its watch over the given streamed records. */
    static List<Lead> run(SupervisionModel m, String asOf, Person p, AgencyRecord... streamed) {
        return run(m, asOf, Parameters.defaults(), p, streamed);
    }

    static List<Lead> run(SupervisionModel m, String asOf, Parameters params, Person p, AgencyRecord... streamed) {
        return run(m, asOf, params, p, new ArrayList<>(), streamed);
    }

    /** Runs a model and also collects the records it could not match ({@code record → reason}). */
    static List<Lead> run(SupervisionModel m, String asOf, Parameters params, Person p, List<String> unmatched,
                          AgencyRecord... streamed) {
        List<Lead> leads = new ArrayList<>();
        LeadCollector out = new LeadCollector() {
            @Override
            public void add(Lead lead) {
                leads.add(lead);
            }

            @Override
            public void unmatched(AgencyRecord record, String reason) {
                unmatched.add(record.ref() + " " + reason);
            }
        };
        ModelContext ctx = new ModelContext(d(asOf), params);
        m.assess(p, ctx, out);
        m.watch(p, ctx).ifPresent(w -> {
            for (AgencyRecord r : streamed) {
                if (r instanceof Activity a) {
                    w.onActivity(a, out);
                } else if (r instanceof BusinessRole b) {
                    w.onBusinessRole(b, out);
                }
            }
        });
        return leads;
    }

    static List<String> kinds(List<Lead> leads) {
        return leads.stream().map(Lead::kindCode).toList();
    }
}
