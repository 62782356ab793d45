package io.xingzhi.core.lead;

import io.xingzhi.core.record.DataNeed;
import io.xingzhi.core.record.Dataset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A kind of lead a model reports, declared by the model as a value: its code, its Chinese label,
 * the agency whose conduct it is about, the document LAW.md suggests, the articles it rests on and
 * the Chinese labels of the facts its leads carry. Reports, documents, statistics and writers read
 * everything about a kind from here, so adding a kind to a model is a change to that model (and
 * perhaps a template paragraph), nowhere else.
 *
 * <p>Built with {@link #of} and the {@code with…} methods, for example
 * <pre>{@code
 * static final LeadKind DEFAULTS = LeadKind.of("custody-transfer", "看守所超期投送", "DEFAULTS", "本模型")
 *         .withAgency("看守所").withDocument(DocumentType.CORRECTION_NOTICE)
 *         .withFacts("deadline", "应当投送监狱的期限", "left_on", "出所日期");
 * static final LeadKind LATE_TRANSFER = DEFAULTS.named("LATE_TRANSFER", "超期投送")
 *         .withBasis("监狱法第15条", "人民检察院刑事诉讼规则第625条第（二）项");
 * }</pre>
 *
 * @param model the model's name, e.g. {@code custody-transfer}
 * @param modelLabel the model's Chinese name, e.g. {@code 看守所超期投送}
 * @param code the kind's code, unique within its model; by convention upper snake case, e.g. {@code LATE_TRANSFER}
 * @param label the kind's Chinese name, e.g. {@code 超期投送}
 * @param supervisedAgency the agency whose conduct is at issue, e.g. {@code 看守所}
 * @param suggestedDocument the document LAW.md suggests for a confirmed lead of this kind
 * @param legalBasis the articles every lead of this kind relies on (a lead may add more)
 * @param factLabels fact key → Chinese label, for every fact a lead of this kind carries
 * @param needs data the kind cannot be found without, beyond what its model requires (an optional
 *     dataset or column); the engine reports the kind as "could not run" when one is absent
 * @param missingFrom for a kind whose lead says a record of another agency is missing (漏管, 未移送):
 *     that dataset; the engine then offers the records of it that nearly match as
 *     {@link Lead#possibleMatches()} before the lead accuses anyone
 */
public record LeadKind(String model, String modelLabel, String code, String label, String supervisedAgency,
                       DocumentType suggestedDocument, List<String> legalBasis, Map<String, String> factLabels,
                       List<DataNeed> needs, Optional<Dataset> missingFrom) {
    public LeadKind {
        requireText(model, "model");
        requireText(modelLabel, "modelLabel");
        requireText(code, "code");
        requireText(label, "label");
        Objects.requireNonNull(supervisedAgency, "supervisedAgency");
        Objects.requireNonNull(suggestedDocument, "suggestedDocument");
        legalBasis = List.copyOf(legalBasis);
        factLabels = Collections.unmodifiableMap(new LinkedHashMap<>(factLabels));
        needs = List.copyOf(needs);
        Objects.requireNonNull(missingFrom, "missingFrom");
    }

    /** A kind that needs no more data than its model and says no record is missing (as read back from a store). */
    public LeadKind(String model, String modelLabel, String code, String label, String supervisedAgency,
                    DocumentType suggestedDocument, List<String> legalBasis, Map<String, String> factLabels) {
        this(model, modelLabel, code, label, supervisedAgency, suggestedDocument, legalBasis, factLabels, List.of(),
                Optional.empty());
    }

    /** A kind with no agency, a 纠正违法通知书, no articles and no facts yet. */
    public static LeadKind of(String model, String modelLabel, String code, String label) {
        return new LeadKind(model, modelLabel, code, label, "", DocumentType.CORRECTION_NOTICE, List.of(), Map.of());
    }

    /**
     * A kind with this one's model, agency, document, articles, fact labels and needs under another
     * code and label: a model declares its shared defaults once and names its kinds from them.
     */
    public LeadKind named(String otherCode, String otherLabel) {
        return new LeadKind(model, modelLabel, otherCode, otherLabel, supervisedAgency, suggestedDocument, legalBasis,
                factLabels, needs, missingFrom);
    }

    /** This kind about {@code agency}'s conduct. */
    public LeadKind withAgency(String agency) {
        return new LeadKind(model, modelLabel, code, label, agency, suggestedDocument, legalBasis, factLabels, needs, missingFrom);
    }

    /** This kind, suggesting {@code document}. */
    public LeadKind withDocument(DocumentType document) {
        return new LeadKind(model, modelLabel, code, label, supervisedAgency, document, legalBasis, factLabels, needs, missingFrom);
    }

    /** This kind, needing this data as well (see {@link #needs()}). */
    public LeadKind withNeeds(DataNeed... more) {
        List<DataNeed> n = new ArrayList<>(needs);
        for (DataNeed d : more) {
            if (!n.contains(d)) {
                n.add(d);
            }
        }
        return new LeadKind(model, modelLabel, code, label, supervisedAgency, suggestedDocument, legalBasis, factLabels, n,
                missingFrom);
    }

    /** This kind, saying a record of {@code dataset} is missing (see {@link #missingFrom()}). */
    public LeadKind withMissingFrom(Dataset dataset) {
        return new LeadKind(model, modelLabel, code, label, supervisedAgency, suggestedDocument, legalBasis, factLabels, needs,
                Optional.of(dataset));
    }

    /** This kind, relying on these articles as well. */
    public LeadKind withBasis(String... articles) {
        List<String> b = new ArrayList<>(legalBasis);
        for (String a : articles) {
            if (!b.contains(a)) {
                b.add(a);
            }
        }
        return new LeadKind(model, modelLabel, code, label, supervisedAgency, suggestedDocument, b, factLabels, needs, missingFrom);
    }

    /**
     * This kind, with more fact labels given as pairs: key, label, key, label, …
     *
     * @throws IllegalArgumentException for an odd number of arguments or a blank key or label
     */
    public LeadKind withFacts(String... keysAndLabels) {
        if (keysAndLabels.length % 2 != 0) {
            throw new IllegalArgumentException("fact labels come in pairs: key, label");
        }
        Map<String, String> m = new LinkedHashMap<>(factLabels);
        for (int i = 0; i < keysAndLabels.length; i += 2) {
            m.put(requireText(keysAndLabels[i], "fact key"), requireText(keysAndLabels[i + 1], "fact label"));
        }
        return new LeadKind(model, modelLabel, code, label, supervisedAgency, suggestedDocument, legalBasis, m, needs, missingFrom);
    }

    /** The Chinese label of a fact this kind carries, or the key itself when none is declared. */
    public String factLabel(String key) {
        return factLabels.getOrDefault(key, key);
    }

    /**
     * Two kinds are equal when they have the same model, labels, code, agency, document, articles and
     * fact labels: what a lead of the kind says. What the kind needs to be found ({@link #needs()},
     * {@link #missingFrom()}) is how a run finds it, not part of the lead, so a kind read back from a
     * store equals the kind its model declares.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof LeadKind k && model.equals(k.model) && modelLabel.equals(k.modelLabel) && code.equals(k.code)
                && label.equals(k.label) && supervisedAgency.equals(k.supervisedAgency) && suggestedDocument == k.suggestedDocument
                && legalBasis.equals(k.legalBasis) && factLabels.equals(k.factLabels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(model, modelLabel, code, label, supervisedAgency, suggestedDocument, legalBasis, factLabels);
    }

    /** The code: a kind prints as what it is called in {@code leads.jsonl}. */
    @Override
    public String toString() {
        return code;
    }

    /** {@code model/code}, unique among all kinds of all models. */
    public String qualifiedCode() {
        return model + "/" + code;
    }

    private static String requireText(String s, String what) {
        Objects.requireNonNull(s, what);
        if (s.isBlank()) {
            throw new IllegalArgumentException(what + " is blank");
        }
        return s;
    }
}
