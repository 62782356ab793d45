package io.xingzhi.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Range;
import io.xingzhi.core.value.IdNumber;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The watched-number set answers exactly what the set of keys answers for every number-shaped string, and no for other keys. */
class WatchedNumbersTest {

    @Test
    void answersLikeTheSetOfKeysForValidNumbersAndNeverForOtherKeys() {
        Random r = new Random(3);
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            keys.add(number(r));
        }
        keys.addAll(List.of("NB:张三|1980-01-01", "21068219800101123", "2106821980010112345", ""));
        WatchedNumbers watched = new WatchedNumbers(keys);
        int hits = 0;
        for (String k : keys) {
            boolean numberShaped = k.matches("[0-9]{17}[0-9X]");
            assertThat(watched.test(k)).as(k).isEqualTo(numberShaped);
            hits += numberShaped ? 1 : 0;
        }
        assertThat(hits).isGreaterThan(19_000);
        for (int i = 0; i < 200_000; i++) {
            String n = number(r);
            assertThat(watched.test(n)).as(n).isEqualTo(keys.contains(n));
        }
        assertThat(new WatchedNumbers(Set.of()).test(number(r))).isFalse();
    }

    @Test
    void givesEachNumbersValueLikeTheMapAndAnswersTheCodeOfAValidNumbersBytesLikeItsString() {
        Random r = new Random(8);
        java.util.Map<String, Integer> keyed = new java.util.HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            keyed.put(number(r), i);
        }
        keyed.put("NB:张三|1980-01-01", -1);
        WatchedNumbers watched = new WatchedNumbers(keyed);
        for (var e : keyed.entrySet()) {
            boolean numberShaped = e.getKey().matches("[0-9]{17}[0-9X]");
            assertThat(watched.get(e.getKey())).as(e.getKey()).isEqualTo(numberShaped ? e.getValue() : null);
        }
        for (int i = 0; i < 100_000; i++) {
            String n = number(r);
            assertThat(watched.get(n)).as(n).isEqualTo(keyed.get(n));
            byte[] line = ("x," + n + ",y").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            long code = IdNumber.normalCode(line, 2, 20);
            if (code >= 0) {
                assertThat(code).as("the code of the bytes is the table's encoding of the string").isEqualTo(WatchedNumbers.encode(n));
            }
            assertThat(watched.containsCode(code)).as(n).isEqualTo(code >= 0 && keyed.containsKey(n));
        }
        assertThat(new WatchedNumbers(Set.of("110105194912310021")).get("110105194912310021")).isNull();
    }

    @Test
    void aNumberIsWatchedOnlyOnTheDaysOfItsValue() {
        Random r = new Random(9);
        String march = validNumber(r);
        String always = validNumber(r);
        String openEnds = validNumber(r);
        java.util.Map<String, String> keyed = java.util.Map.of(march, "march", always, "always", openEnds, "open");
        WatchedNumbers watched = new WatchedNumbers(keyed, v -> switch ((String) v) {
            case "march" -> Range.closed(LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-31"));
            case "open" -> Range.open(LocalDate.parse("2024-02-28"), LocalDate.parse("2024-03-02"));
            default -> Range.all();
        });
        assertThat(watched.watchesOn(code(march), 20240229)).isFalse();
        assertThat(watched.watchesOn(code(march), 20240301)).isTrue();
        assertThat(watched.watchesOn(code(march), 20240331)).isTrue();
        assertThat(watched.watchesOn(code(march), 20240401)).isFalse();
        assertThat(watched.watchesOn(code(openEnds), 20240228)).isFalse();
        assertThat(watched.watchesOn(code(openEnds), 20240229)).isTrue();
        assertThat(watched.watchesOn(code(openEnds), 20240301)).isTrue();
        assertThat(watched.watchesOn(code(openEnds), 20240302)).isFalse();
        assertThat(watched.watchesOn(code(always), 18000101)).isTrue();
        assertThat(watched.watchesOn(code(always), 21991231)).isTrue();
        assertThat(watched.watchesOn(code(validNumber(r)), 20240301)).as("a number nobody watches").isFalse();
        assertThat(watched.watchesOn(-1, 20240301)).isFalse();
        assertThat(new WatchedNumbers(keyed).watchesOn(code(march), 20240401)).as("without days, every day").isTrue();
    }

    /** A random number valid in its normal form (a known province, a real birth date). */
    private static String validNumber(Random r) {
        String n = number(r);
        while (code(n) < 0) {
            n = number(r);
        }
        return n;
    }

    private static long code(String number) {
        return IdNumber.normalCode(number.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, 18);
    }

    private static String number(Random r) {
        String body = String.format("%02d%04d%04d%02d%02d%03d", 11 + r.nextInt(55), r.nextInt(10000), 1930 + r.nextInt(90),
                1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(1000));
        return body + IdNumber.checkCharacter(body);
    }

    @Test
    void numbersBornOnAnUnnumberedWatchedPersonsBirthDateAreLetThroughButGetStaysExact() {
        String watchedBody = "21068219800101123";
        String watched = watchedBody + IdNumber.checkCharacter(watchedBody);
        String sameDayBody = "21060319800101456";
        String sameDay = sameDayBody + IdNumber.checkCharacter(sameDayBody);
        String otherDayBody = "21060319800102456";
        String otherDay = otherDayBody + IdNumber.checkCharacter(otherDayBody);
        java.util.Map<String, Object> keyed = new java.util.HashMap<>();
        keyed.put(watched, "numbered");
        keyed.put("NB:张三|1980-01-01", "unnumbered");
        WatchedNumbers numbers = WatchedNumbers.orBornOnTheDaysOfUnnumbered(keyed, null);
        assertThat(numbers.watchesUnnumbered()).isTrue();
        assertThat(numbers.test(sameDay)).isTrue();
        assertThat(numbers.test(otherDay)).isFalse();
        assertThat(numbers.get(sameDay)).isNull();
        assertThat(numbers.get(watched)).isEqualTo("numbered");
        byte[] b = sameDay.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long code = IdNumber.normalCode(b, 0, b.length);
        assertThat(numbers.containsCode(code)).isTrue();
        assertThat(numbers.watchesOn(code, 0)).isTrue();
        // the plain table is unchanged: a name + birth date key lets no number through
        assertThat(new WatchedNumbers(keyed).test(sameDay)).isFalse();
        assertThat(new WatchedNumbers(keyed).watchesOn(code, 0)).isFalse();
    }
}
