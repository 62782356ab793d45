package io.xingzhi.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The planting is checked against a second reading of LAW.md over every fact written, all twenty
 * kinds: the leads it gives are exactly the lines of expected.jsonl (as many of each), so near-misses
 * and clean persons give none and no planted person trips another rule.
 */
class GeneratorLawTest {
    private static final Pattern KEY = Pattern.compile(
            "\\{\"model\": \"([^\"]+)\", \"kind\": \"([^\"]+)\", \"id_number\": \"([^\"]+)\"");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}, as-of {1}")
    @CsvSource({"1, 2024-10-01", "2, 2024-10-01", "3, 2023-03-31", "4, 2025-02-28", "5, 2024-02-29", "6, 2021-01-31"})
    void expectedLeadsAreExactlyWhatLawGives(long seed, LocalDate asOf) throws IOException {
        assertOracleAgrees(seed, asOf, TermMath::end);
    }

    /**
     * LAW.md's month-end rule looks at the start day; read instead on the date after adding the
     * years, the planted facts must give the same leads (no planted trigger rests on that reading).
     */
    @ParameterizedTest(name = "seed {0}, as-of {1}")
    @CsvSource({"7, 2024-10-01", "8, 2023-02-28"})
    void plantedLeadsDoNotDependOnHowTheMonthEndRuleIsRead(long seed, LocalDate asOf) throws IOException {
        assertOracleAgrees(seed, asOf, GeneratorLawTest::endReadAfterYears);
    }

    private void assertOracleAgrees(long seed, LocalDate asOf, BiFunction<LocalDate, Integer, LocalDate> arithmetic)
            throws IOException {
        LawOracle oracle = new LawOracle(asOf, arithmetic);
        new Generator(new GeneratorSpec(3000, 30_000, seed, asOf)).observe(oracle).writeTo(dir);

        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve(Generator.EXPECTED_FILE), StandardCharsets.UTF_8)) {
            Matcher m = KEY.matcher(line);
            assertThat(m.lookingAt()).as(line).isTrue();
            expected.add(m.group(1) + "|" + m.group(2) + "|" + m.group(3));
        }
        expected.sort(Comparator.naturalOrder());
        assertThat(oracle.leads()).containsExactlyElementsOf(expected);
        assertThat(expected.stream().map(k -> k.substring(0, k.lastIndexOf('|'))).distinct())
                .as("every kind of LAW.md is planted").hasSize(20);
    }

    private static LocalDate endReadAfterYears(LocalDate start, int months) {
        LocalDate d = start.plusYears(months / 12);
        int m = months % 12;
        if (m == 0) {
            return d.minusDays(1);
        }
        LocalDate t = d.plusMonths(m);
        if (d.getDayOfMonth() == d.lengthOfMonth()) {
            t = t.withDayOfMonth(t.lengthOfMonth());
        }
        return t.minusDays(1);
    }
}
