package io.xingzhi.examples.model;

import io.xingzhi.core.identity.Person;
import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.lead.LeadKind;
import io.xingzhi.core.record.BusinessRole;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.Judgment;
import io.xingzhi.core.record.RoleType;
import io.xingzhi.core.supervision.LeadBuilder;
import io.xingzhi.core.supervision.LeadCollector;
import io.xingzhi.core.supervision.ModelContext;
import io.xingzhi.core.supervision.Sentences;
import io.xingzhi.core.supervision.StreamWatch;
import io.xingzhi.core.supervision.SupervisionModel;
import io.xingzhi.core.value.PrincipalPenalty;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 食品从业禁止 (food-safety lifetime ban), a model the four standard ones do not have: a person
 * sentenced to 有期徒刑 or more for a food-safety crime may never again manage food production or
 * business (食品安全法 art. 135(2); reference/legal-research.md, lead M1-04). The model reports a
 * legal representative, operator, manager or director (法定代表人, 经营者, 经理, 董事) of an enterprise
 * whose business scope is food, in office on some day from the day the judgment took effect, to the
 * market-supervision bureau (市场监督管理局) as a 检察建议.
 *
 * <p>The crime comes from the judgment's {@code 罪名} column - not a field of the data contract, so it
 * is one of the judgment's raw attributes ({@link Judgment#extra()}) - or else from its sentence text.
 * Whether a suspended sentence (缓刑) counts as "判处有期徒刑以上刑罚" is unverified: it counts, and the
 * prosecutor verifies the lead. Shareholders and investors are not "managing" and are left out.
 */
public final class FoodTradeBanModel implements SupervisionModel {
    /** The model's name. */
    public static final String NAME = "food-trade-ban";
    /** 食品犯罪人员从事食品生产经营: the only kind of this model. */
    public static final LeadKind FOOD_TRADE_BAN = LeadKind.of(NAME, "食品从业禁止", "FOOD_TRADE_BAN", "食品犯罪人员从事食品生产经营")
            .withAgency("市场监督管理局").withDocument(DocumentType.RECOMMENDATION)
            .withBasis("中华人民共和国食品安全法第135条第2款")
            .withFacts("charge", "罪名", "effective_date", "判决生效日", "enterprise", "企业名称", "role", "任职身份",
                    "role_start", "任职起始日");

    private static final Set<RoleType> MANAGING = Set.of(RoleType.LEGAL_REPRESENTATIVE, RoleType.OPERATOR, RoleType.MANAGER,
            RoleType.DIRECTOR);
    private static final List<String> FOOD_SCOPE = List.of("食品", "餐饮", "副食", "乳制品", "肉制品");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<LeadKind> kinds() {
        return List.of(FOOD_TRADE_BAN);
    }

    @Override
    public Set<Dataset> requires() {
        return Set.of(Dataset.JUDGMENTS, Dataset.BUSINESS_REGISTRATIONS);
    }

    @Override
    public Set<Dataset> streams() {
        return Set.of(Dataset.BUSINESS_REGISTRATIONS);
    }

    /** Nothing to find in the indexed datasets alone: the enterprise roles stream past. */
    @Override
    public void assess(Person person, ModelContext context, LeadCollector out) {
    }

    /** Watches the enterprise roles of a person with an effective food-crime sentence of 有期徒刑 or more. */
    @Override
    public Optional<StreamWatch> watch(Person person, ModelContext context) {
        List<Judgment> banned = person.judgments().stream()
                .filter(j -> Sentences.effective(j, context.asOf()))
                .filter(j -> j.penalty().map(PrincipalPenalty::isPrisonPenalty).orElse(false))
                .filter(j -> charge(j).isPresent())
                .toList();
        if (banned.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StreamWatch() {
            @Override
            public void onBusinessRole(BusinessRole role, LeadCollector out) {
                for (Judgment j : banned) {
                    if (managesFood(role) && role.overlaps(j.effectiveDate(), context.asOf())) {
                        LocalDate since = role.roleStart().filter(s -> s.isAfter(j.effectiveDate())).orElse(j.effectiveDate());
                        out.add(LeadBuilder.lead(FOOD_TRADE_BAN, person)
                                .caseNumber(j.caseText())
                                .evidence(j, "生效裁判（食品安全犯罪）").evidence(role, "企业登记记录")
                                .summary(person.name().value() + "（" + j.caseText() + "）因" + charge(j).get() + "被判处"
                                        + j.penalty().get().label() + "，判决于" + j.effectiveDate() + "生效，自" + since + "起担任"
                                        + role.enterprise() + "（经营范围含食品）的" + role.roleThat(MANAGING::contains).orElse(role.role()).label()
                                        + "，疑似违反食品从业禁止。")
                                .keyFact("enterprise", role.enterprise())
                                .fact("charge", charge(j).get()).fact("effective_date", j.effectiveDate())
                                .fact("role", role.roleThat(MANAGING::contains).orElse(role.role()).label()).fact("role_start", role.roleStart())
                                .build());
                    }
                }
            }
        });
    }

    /** The food-safety crime the judgment is for: its 罪名 column, else its sentence text when that names one. */
    static Optional<String> charge(Judgment j) {
        String charge = j.extra().getOrDefault("罪名", j.extra().getOrDefault("charge", ""));
        if (charge.contains("食品") && charge.contains("罪")) {
            return Optional.of(charge.strip());
        }
        return j.sentenceText().filter(t -> t.contains("食品") && t.contains("罪")).map(t -> {
            int end = t.indexOf("罪") + 1;
            int start = t.lastIndexOf("犯", end);
            return t.substring(start < 0 ? 0 : start + 1, end);
        });
    }

    private static boolean managesFood(BusinessRole role) {
        return role.roleThat(MANAGING::contains).isPresent() && FOOD_SCOPE.stream().anyMatch(role.businessScope()::contains);
    }
}
