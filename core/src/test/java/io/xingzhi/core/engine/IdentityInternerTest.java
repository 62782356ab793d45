package io.xingzhi.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.xingzhi.core.record.RecordIdentity;
import io.xingzhi.core.value.IdNumber;
import io.xingzhi.core.value.PersonName;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class IdentityInternerTest {
    private static RecordIdentity identity(int person) {
        String body = String.format("1101051949%02d%02d%03d", 1 + person % 12, 1 + person % 28, person % 1000);
        IdNumber n = IdNumber.parse(body + IdNumber.checkCharacter(body)).value();
        return new RecordIdentity(Optional.of(n), Optional.of(PersonName.parse("张" + person).value()),
                Optional.of(n.birthDate()), Optional.empty());
    }

    @Test
    void equalIdentitiesComeBackAsTheFirstOneGivenAndOthersAsThemselves() {
        IdentityInterner interner = new IdentityInterner(0);
        RecordIdentity first = identity(7);
        RecordIdentity again = identity(7);
        RecordIdentity other = identity(8);
        assertNotSame(first, again);
        assertSame(first, interner.apply(first));
        assertSame(first, interner.apply(again));
        assertSame(other, interner.apply(other));
        assertSame(first, interner.apply(identity(7)));
    }

    @Test
    void anIdentityWithoutANumberIsInternedByAllItsComponents() {
        IdentityInterner interner = new IdentityInterner(1 << 20);
        RecordIdentity named = new RecordIdentity(Optional.empty(), Optional.of(PersonName.parse("李四").value()),
                Optional.of(LocalDate.of(1980, 1, 2)), Optional.of("校验码错误"));
        RecordIdentity otherProblem = new RecordIdentity(Optional.empty(), Optional.of(PersonName.parse("李四").value()),
                Optional.of(LocalDate.of(1980, 1, 2)), Optional.of("长度错误"));
        assertSame(named, interner.apply(named));
        assertSame(otherProblem, interner.apply(otherProblem));
        assertSame(named, interner.apply(new RecordIdentity(Optional.empty(), Optional.of(PersonName.parse("李四").value()),
                Optional.of(LocalDate.of(1980, 1, 2)), Optional.of("校验码错误"))));
    }

    @Test
    void threadsInterningTheSameIdentitiesAllGetOneInstancePerIdentity() throws Exception {
        IdentityInterner interner = new IdentityInterner(100_000);
        int persons = 5_000;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<RecordIdentity[]>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    RecordIdentity[] got = new RecordIdentity[persons];
                    for (int k = 0; k < persons; k++) {
                        int p = (k + offset * 1_250) % persons; // each thread starts elsewhere
                        got[p] = interner.apply(identity(p));
                    }
                    return got;
                }));
            }
            Map<RecordIdentity, Boolean> distinct = new IdentityHashMap<>();
            RecordIdentity[] firstThread = results.get(0).get();
            for (Future<RecordIdentity[]> f : results) {
                RecordIdentity[] got = f.get();
                for (int p = 0; p < persons; p++) {
                    assertSame(firstThread[p], got[p], "person " + p);
                    assertEquals(identity(p), got[p]);
                    distinct.put(got[p], true);
                }
            }
            assertEquals(persons, distinct.size());
        } finally {
            pool.shutdownNow();
        }
    }
}
