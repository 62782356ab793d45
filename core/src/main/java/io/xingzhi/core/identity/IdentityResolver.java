package io.xingzhi.core.identity;

import io.xingzhi.core.record.AgencyRecord;
import io.xingzhi.core.record.Commutation;
import io.xingzhi.core.record.CorrectionTerm;
import io.xingzhi.core.record.CustodyStay;
import io.xingzhi.core.record.DprSupervision;
import io.xingzhi.core.record.EnforcementCase;
import io.xingzhi.core.record.Judgment;
import io.xingzhi.core.record.RecordIdentity;
import io.xingzhi.core.record.Release;
import io.xingzhi.core.value.IdNumber;
import io.xingzhi.core.value.PersonName;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Links the records of the small datasets to persons (CONTRACT.md §3):
 * <ol>
 *   <li>records with a valid identity number are one person per number;</li>
 *   <li>a record without a valid number but with a name and a birth date joins the one person
 *       with that number-derived birth date and name, or, when there is none, a person keyed by
 *       name + birth date; when several numbered persons share that name and birth date the
 *       record is ambiguous and left unresolved;</li>
 *   <li>a record with a name only is never linked; it is counted and listed as unresolved.</li>
 * </ol>
 * The same number carried by records with different names is reported (duplicated numbers
 * exist in real registers), and the records still link by number.
 */
public final class IdentityResolver {
    private static final int MAX_SAMPLES = 50;

    private IdentityResolver() {
    }

    /** Persons, the index for streamed records, and the statistics. */
    public record Resolution(List<Person> persons, IdentityIndex index, IdentityStats stats) {
    }

    /** Resolves the given records (any order; the result is deterministic for the same input order). */
    public static Resolution resolve(List<? extends AgencyRecord> records) {
        Map<String, Builder> persons = new LinkedHashMap<>();
        Map<String, Set<String>> namesByNumber = new HashMap<>();
        Map<String, Set<String>> numbersByNameBirth = new HashMap<>();
        List<String> samples = new ArrayList<>();
        long byId = 0;
        long byNameBirth = 0;
        long unresolved = 0;
        long invalid = 0;

        Map<String, IdNumber> numberObjects = new HashMap<>();
        for (AgencyRecord r : records) {
            RecordIdentity id = r.identity();
            if (id.idProblem().isPresent()) {
                invalid++;
                sample(samples, r.ref() + " 身份证号无效: " + id.idProblem().get());
            }
            if (id.idNumber().isPresent() && id.name().isPresent()) {
                IdNumber n = id.idNumber().get();
                String nm = id.name().get().value();
                Set<String> names = namesByNumber.get(n.value());
                if (names == null) {
                    namesByNumber.put(n.value(), Set.of(nm)); // the common case: one name per number
                    numberObjects.put(n.value(), n);
                } else if (!names.contains(nm)) {
                    Set<String> more = new LinkedHashSet<>(names);
                    more.add(nm);
                    namesByNumber.put(n.value(), more);
                }
            }
        }
        namesByNumber.forEach((number, names) -> {
            LocalDate birth = numberObjects.get(number).birthDate();
            for (String nm : names) {
                numbersByNameBirth.computeIfAbsent(IdentityIndex.nameBirth(nm, birth), k -> new LinkedHashSet<>(2)).add(number);
            }
        });
        Map<String, String> nameBirthToKey = new HashMap<>();
        numbersByNameBirth.forEach((nb, numbers) -> nameBirthToKey.put(nb, numbers.size() == 1 ? numbers.iterator().next() : ""));

        for (AgencyRecord r : records) {
            RecordIdentity id = r.identity();
            if (id.idNumber().isPresent()) {
                IdNumber n = id.idNumber().get();
                persons.computeIfAbsent(n.value(), k -> new Builder(k, Optional.of(n), id.name(), Optional.of(n.birthDate())))
                        .add(r, LinkedBy.ID_NUMBER);
                byId++;
            } else if (id.name().isPresent() && id.birthDate().isPresent()) {
                String nb = IdentityIndex.nameBirth(id.name().get(), id.birthDate().get());
                String numbered = nameBirthToKey.get(nb);
                if ("".equals(numbered)) {
                    unresolved++;
                    sample(samples, r.ref() + " 姓名+出生日期对应多个身份证号，未关联");
                    continue;
                }
                String key = numbered != null ? numbered : "NB:" + nb;
                persons.computeIfAbsent(key, k -> new Builder(k, Optional.empty(), id.name(), id.birthDate()))
                        .add(r, LinkedBy.NAME_BIRTH_DATE);
                byNameBirth++;
            } else {
                unresolved++;
                sample(samples, r.ref() + " 无有效身份证号且无出生日期，仅有姓名，不自动关联");
            }
        }
        long shared = 0;
        for (Map.Entry<String, Set<String>> e : namesByNumber.entrySet()) {
            if (e.getValue().size() > 1) {
                shared++;
                Builder b = persons.get(e.getKey());
                String where = b == null || b.records.isEmpty() ? "" : b.records.get(0).ref().toString();
                sample(samples, where + " 同一身份证号对应不同姓名: " + String.join("/", e.getValue()));
            }
        }
        List<Person> result = new ArrayList<>(persons.size());
        Map<String, String> byNumber = new HashMap<>();
        Map<String, String> nameBirthIndex = new HashMap<>();
        for (Builder b : persons.values()) {
            Person p = b.build();
            result.add(p);
            p.idNumber().ifPresent(n -> byNumber.put(n.value(), p.key()));
            if (p.idNumber().isEmpty() && p.birthDate().isPresent()) {
                nameBirthIndex.put(IdentityIndex.nameBirth(p.name(), p.birthDate().get()), p.key());
            }
        }
        nameBirthToKey.forEach((nb, key) -> nameBirthIndex.putIfAbsent(nb, key));
        IdentityStats stats = new IdentityStats(result.size(), byId, byNameBirth, unresolved, invalid, shared, samples);
        return new Resolution(result, new IdentityIndex(byNumber, nameBirthIndex), stats);
    }

    private static void sample(List<String> samples, String s) {
        if (samples.size() < MAX_SAMPLES) {
            samples.add(s);
        }
    }

    private static final class Builder {
        final String key;
        Optional<IdNumber> number;
        Optional<PersonName> name;
        Optional<LocalDate> birth;
        final List<AgencyRecord> records = new ArrayList<>();
        final Map<AgencyRecord, LinkedBy> links = new HashMap<>();

        Builder(String key, Optional<IdNumber> number, Optional<PersonName> name, Optional<LocalDate> birth) {
            this.key = key;
            this.number = number;
            this.name = name;
            this.birth = birth;
        }

        void add(AgencyRecord r, LinkedBy how) {
            records.add(r);
            if (how != LinkedBy.ID_NUMBER) {
                links.put(r, how);
            }
            if (name.isEmpty()) {
                name = r.identity().name();
            }
        }

        Person build() {
            List<Judgment> j = new ArrayList<>();
            List<CustodyStay> c = new ArrayList<>();
            List<CorrectionTerm> co = new ArrayList<>();
            List<Release> re = new ArrayList<>();
            List<DprSupervision> d = new ArrayList<>();
            List<EnforcementCase> e = new ArrayList<>();
            List<Commutation> cm = new ArrayList<>();
            for (AgencyRecord r : records) {
                if (r instanceof Judgment x) {
                    j.add(x);
                } else if (r instanceof CustodyStay x) {
                    c.add(x);
                } else if (r instanceof CorrectionTerm x) {
                    co.add(x);
                } else if (r instanceof Release x) {
                    re.add(x);
                } else if (r instanceof DprSupervision x) {
                    d.add(x);
                } else if (r instanceof EnforcementCase x) {
                    e.add(x);
                } else if (r instanceof Commutation x) {
                    cm.add(x);
                }
            }
            PersonName n = name.orElseGet(() -> new PersonName("(无姓名)"));
            return new Person(key, number, n, birth, j, c, co, re, d, e, cm, links);
        }
    }
}
