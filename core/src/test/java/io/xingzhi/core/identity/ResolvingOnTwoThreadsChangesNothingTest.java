package io.xingzhi.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.record.AgencyRecord;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.MappingResult;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.RecordMapper;
import io.xingzhi.core.record.SourceRef;
import io.xingzhi.core.value.IdNumber;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Running the resolver's first pass on a second thread ahead of the second ({@link
 * IdentityResolver#resolve}) changes what resolving costs, never what it gives: on records of every
 * kind the resolver tells apart (numbers in several forms and names, broken numbers with a name and
 * birth date before and after the numbered records they match, names alone, names and birth dates
 * shared by two numbers, enforcement cases following their source case numbers to other persons),
 * both give the same persons with the same records in the same order, links, statistics, samples,
 * unresolved records and index.
 */
class ResolvingOnTwoThreadsChangesNothingTest {
    private final RecordMapper mapper = RecordMapper.standard();
    private int line = 2;

    private AgencyRecord row(Dataset d, Map<String, String> m) {
        MappingResult r = mapper.map(new RawRow(new SourceRef(d, d.fileStem() + ".csv", line++), m));
        return ((MappingResult.Accepted) r).record();
    }

    private static String number(int person) {
        String body = String.format("2106821%03d%02d%02d%03d", 950 + person % 50, 1 + person % 12, 1 + person % 28, person % 997);
        return body + IdNumber.checkCharacter(body);
    }

    private static String birth(int person) {
        return String.format("1%03d-%02d-%02d", 950 + person % 50, 1 + person % 12, 1 + person % 28);
    }

    private List<AgencyRecord> records(Random r, int rows) {
        List<AgencyRecord> out = new ArrayList<>();
        String[] names = {"张三", "李四", "王五", "赵六"};
        for (int k = 0; k < rows; k++) {
            int person = r.nextInt(rows / 4);
            String name = names[person % names.length];
            Map<String, String> m = new LinkedHashMap<>();
            switch (r.nextInt(10)) {
                case 0 -> { // a broken number: by name and birth date, before or after the person's numbered records
                    m.put("name", name);
                    m.put("id_number", number(person).substring(0, 17) + (number(person).endsWith("0") ? "1" : "0"));
                    m.put("birth_date", birth(person));
                }
                case 1 -> { // a name alone
                    m.put("name", name);
                }
                case 2 -> { // another name under the same number
                    m.put("name", names[(person + 1) % names.length]);
                    m.put("id_number", number(person));
                }
                case 3 -> { // the old 15-digit form
                    String n = number(person);
                    m.put("name", name);
                    m.put("id_number", n.substring(0, 6) + n.substring(8, 17));
                }
                case 4 -> { // a judgment with a fine, whose case an enforcement case may name
                    m.put("姓名", name);
                    m.put("身份证号", number(person));
                    m.put("案号", "(2023)辽0682刑初" + person + "号");
                    m.put("生效日期", "2023-11-27");
                    m.put("主刑", "有期徒刑");
                    m.put("刑期", "12");
                    m.put("罚金", r.nextBoolean() ? "5000" : "");
                    out.add(row(Dataset.JUDGMENTS, m));
                    continue;
                }
                case 5 -> { // an enforcement case under someone's (or nobody's) identity, naming a judgment's case
                    int other = r.nextInt(rows / 4);
                    m.put("姓名", names[other % names.length]);
                    m.put("身份证号", r.nextBoolean() ? number(other) : "");
                    m.put("执行依据", "(2023)辽0682刑初" + person + "号");
                    m.put("立案日期", "2024-01-05");
                    out.add(row(Dataset.ENFORCEMENT, m));
                    continue;
                }
                default -> {
                    m.put("name", name);
                    m.put("id_number", number(person));
                }
            }
            m.put("admitted_on", "2024-03-05");
            out.add(row(Dataset.CUSTODY, m));
        }
        return out;
    }

    private static <T> T pipelinedFrom(int records, Supplier<T> run) {
        String before = System.getProperty(IdentityResolver.PIPELINED_FROM_PROPERTY);
        System.setProperty(IdentityResolver.PIPELINED_FROM_PROPERTY, Integer.toString(records));
        try {
            return run.get();
        } finally {
            if (before == null) {
                System.clearProperty(IdentityResolver.PIPELINED_FROM_PROPERTY);
            } else {
                System.setProperty(IdentityResolver.PIPELINED_FROM_PROPERTY, before);
            }
        }
    }

    @Test
    void bothPassesAtOnceGiveWhatOneAfterTheOtherGives() {
        for (int seed = 1; seed <= 6; seed++) {
            List<AgencyRecord> records = records(new Random(seed), 6_000);

            IdentityResolver.Resolution one = pipelinedFrom(Integer.MAX_VALUE, () -> IdentityResolver.resolve(records));
            IdentityResolver.Resolution two = pipelinedFrom(2, () -> IdentityResolver.resolve(records));

            assertThat(one.stats().invalidIdNumbers()).isPositive();
            assertThat(one.stats().sharedNumbers()).isPositive();
            assertThat(one.stats().linkedByNameBirth()).isPositive();
            assertThat(one.stats().linkedByCaseNumber()).isPositive();
            assertThat(one.stats().unresolved()).isPositive();
            // at most 50 samples, the first pass's (about 600 broken numbers) before the second's
            assertThat(one.stats().samples()).hasSize(50).allSatisfy(x -> assertThat(x).contains("身份证号无效"));
            assertThat(two.persons()).as("seed %d", seed).containsExactlyElementsOf(one.persons());
            for (int p = 0; p < one.persons().size(); p++) {
                assertThat(two.persons().get(p).linkedBy()).isEqualTo(one.persons().get(p).linkedBy());
            }
            assertThat(two.stats()).isEqualTo(one.stats());
            assertThat(two.unresolved()).containsExactlyElementsOf(one.unresolved());
            for (AgencyRecord r : records) {
                assertThat(two.index().find(r.identity())).isEqualTo(one.index().find(r.identity()));
            }
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(120) // a guard against a hang, not a measure
    void aFirstPassThatFailsOnItsThreadFailsTheResolutionInsteadOfLeavingItWaiting() {
        List<AgencyRecord> records = records(new Random(9), 40_000);
        int failAt = 25_000;
        List<AgencyRecord> failing = new FailingOnTheSecondThread(records, failAt);

        IllegalStateException e = pipelinedFrom(2, () -> org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> IdentityResolver.resolve(failing)));

        assertThat(e).hasMessage("record " + failAt + " unreadable");
    }

    /** The records, but the one at {@code failAt} cannot be read on the resolver's second thread. */
    private static final class FailingOnTheSecondThread extends java.util.AbstractList<AgencyRecord> implements java.util.RandomAccess {
        private final List<AgencyRecord> records;
        private final int failAt;

        FailingOnTheSecondThread(List<AgencyRecord> records, int failAt) {
            this.records = records;
            this.failAt = failAt;
        }

        @Override
        public AgencyRecord get(int i) {
            if (i == failAt && Thread.currentThread().getName().equals("xingzhi-identity")) {
                throw new IllegalStateException("record " + i + " unreadable");
            }
            return records.get(i);
        }

        @Override
        public int size() {
            return records.size();
        }
    }
}
