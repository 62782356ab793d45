package io.xingzhi.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberTest {

    /** The worked example of GB 11643-1999 (check character X). */
    private static final String GB_EXAMPLE = "11010519491231002X";

    @Test
    void standardExampleIsValidAndItsCheckCharacterIsX() {
        assertThat(IdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdNumber.parse(GB_EXAMPLE).value().value()).isEqualTo(GB_EXAMPLE);
        assertThat(IdNumber.parse("440524188001010014").value().birthDate()).isEqualTo(LocalDate.of(1880, 1, 1));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "11010519491231002X|11010519491231002X",
        "11010519491231002x|11010519491231002X",
        "' 11010519491231002X '|11010519491231002X",
        "１１０１０５１９４９１２３１００２Ｘ|11010519491231002X",
        "１１０１０５１９４９１２３１００２ｘ|11010519491231002X",
        "110105 19491231 002X|11010519491231002X",
        "110105-19491231-002X|11010519491231002X",
        "110105\u300019491231\u3000002X|11010519491231002X",
        "210603197810150899|210603197810150899",
        "' 210603197810150899 '|210603197810150899",
        "210682850715001|21068219850715001X",
        "２１０６８２８５０７１５００１|21068219850715001X",
    })
    void readsEveryFormAgenciesSend(String raw, String normalised) {
        Parsed<IdNumber> parsed = IdNumber.parse(raw);
        assertThat(parsed.isOk()).as("%s", parsed).isTrue();
        assertThat(parsed.value().value()).isEqualTo(normalised);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "110105194912310021|check digit",
        "11010519491331002X|birth date",
        "110105194902300023|birth date",
        "110105179912310021|birth date",
        "11010519491231002|characters",
        "1101051949123100211|characters",
        "1101051949123100A1|digit",
        "11010519491231002Y|digit or X",
        "210682851315001|birth date",
        "21068285071500A|digit",
        "'   '|blank",
    })
    void refusesInvalidNumbersWithAReasonThatDoesNotContainTheNumber(String raw, String reasonMentions) {
        Parsed<IdNumber> parsed = IdNumber.parse(raw);
        assertThat(parsed.isOk()).isFalse();
        String reason = parsed.reason().orElseThrow();
        assertThat(reason).contains(reasonMentions);
        String digits = raw.replaceAll("[^0-9]", "");
        if (digits.length() >= 6) {
            assertThat(reason).doesNotContain(digits).doesNotContain(digits.substring(0, 6));
        }
    }

    @Test
    void nullIsABlankFailureNotACrash() {
        assertThat(IdNumber.parse(null).reason()).hasValue("identity number is blank");
    }

    @Test
    void constructorRefusesABadCheckDigitWithoutPrintingTheNumber() {
        assertThatThrownBy(() -> new IdNumber("110105194912310021"))
                .isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain("110105");
        assertThatThrownBy(() -> new IdNumber("11010519491231002x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IdNumber(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void maskedKeepsFirstSixAndLastFour() {
        IdNumber id = new IdNumber(GB_EXAMPLE);
        assertThat(id.masked()).isEqualTo("110105********002X").hasSize(18);
        assertThat(id.toString()).isEqualTo(id.masked()).doesNotContain("19491231");
    }

    @Test
    void birthDateIsReadFromCharactersSevenToFourteen() {
        assertThat(new IdNumber(GB_EXAMPLE).birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void legacyFormOnlyExistsForBirthsInTheNineteenHundreds() {
        assertThat(new IdNumber(GB_EXAMPLE).toLegacy15()).hasValue("110105491231002");
        assertThat(new IdNumber("440524188001010014").toLegacy15()).isEmpty();
        String body2005 = "21068220050101001";
        assertThat(new IdNumber(body2005 + IdNumber.checkCharacter(body2005)).toLegacy15()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234567890123456", "123456789012345678", "1234567890123456a"})
    void checkCharacterNeedsSeventeenDigits(String body) {
        assertThatThrownBy(() -> IdNumber.checkCharacter(body)).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- property-style checks over a seeded generator ----

    private static final long SEED = 11643L;

    /** A random valid 17-digit body: a region code and a real birth date in 1900-2020. */
    private static String randomBody(Random r, int minYear, int maxYear) {
        LocalDate birth = LocalDate.of(minYear, 1, 1)
                .plusDays(r.nextInt((int) (LocalDate.of(maxYear, 12, 31).toEpochDay()
                        - LocalDate.of(minYear, 1, 1).toEpochDay() + 1)));
        return String.format("%06d%04d%02d%02d%03d", 110000 + r.nextInt(800000), birth.getYear(),
                birth.getMonthValue(), birth.getDayOfMonth(), r.nextInt(1000));
    }

    static Stream<Arguments> randomBodies() {
        Random r = new Random(SEED);
        return IntStream.range(0, 300).mapToObj(i -> Arguments.of(randomBody(r, 1900, 2020)));
    }

    static Stream<Arguments> randomBodiesBornInThe1900s() {
        Random r = new Random(SEED + 1);
        return IntStream.range(0, 300).mapToObj(i -> Arguments.of(randomBody(r, 1900, 1999)));
    }

    @ParameterizedTest
    @MethodSource("randomBodies")
    void aBodyWithItsCheckCharacterRoundTrips(String body) {
        String full = body + IdNumber.checkCharacter(body);
        Parsed<IdNumber> parsed = IdNumber.parse(full);
        assertThat(parsed.isOk()).as("%s", parsed).isTrue();
        assertThat(parsed.value().value()).isEqualTo(full);
        assertThat(IdNumber.parse(full.toLowerCase()).value().value()).isEqualTo(full);
    }

    @ParameterizedTest
    @MethodSource("randomBodiesBornInThe1900s")
    void eighteenToFifteenToEighteenRoundTrips(String body) {
        IdNumber id = new IdNumber(body + IdNumber.checkCharacter(body));
        String legacy = id.toLegacy15().orElseThrow();
        assertThat(legacy).hasSize(15);
        assertThat(IdNumber.parse(legacy).value()).isEqualTo(id);
    }

    @ParameterizedTest
    @MethodSource("randomBodies")
    void changingAnyOneDigitFailsTheCheck(String body) {
        String full = body + IdNumber.checkCharacter(body);
        Random r = new Random(full.hashCode());
        int position = r.nextInt(18);
        char original = full.charAt(position);
        char replacement;
        do {
            replacement = position == 17 && r.nextInt(11) == 10 ? 'X' : (char) ('0' + r.nextInt(10));
        } while (replacement == original);
        String changed = full.substring(0, position) + replacement + full.substring(position + 1);
        Parsed<IdNumber> parsed = IdNumber.parse(changed);
        assertThat(parsed.isOk()).as("changed position %d", position).isFalse();
        assertThat(parsed.reason().orElseThrow()).doesNotContain(changed.substring(0, 6));
    }
}
