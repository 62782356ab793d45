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
    void theBirthDateAsAnOptionalIsTheSharedOptionalOfTheNumbersBirthDate() {
        Random r = new Random(11);
        int checked = 0;
        for (int i = 0; i < 20_000; i++) {
            String body = String.format("110105%04d%02d%02d%03d", 1850 + r.nextInt(200), 1 + r.nextInt(12),
                    1 + r.nextInt(31), r.nextInt(1000));
            Parsed<IdNumber> p = IdNumber.parse(body + IdNumber.checkCharacter(body));
            if (!p.isOk()) {
                continue; // 31 February and the like
            }
            IdNumber n = p.value();
            assertThat(n.birthDateOptional()).contains(n.birthDate()).isSameAs(Dates.optional(n.birthDate()));
            checked++;
        }
        assertThat(checked).isGreaterThan(15_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.10103E+17", "2.10103196803287E+17", "2.1E17", "1.10105E+17"})
    void aNumberInScientificNotationIsRefusedSayingItsDigitsAreLost(String raw) {
        Parsed<IdNumber> p = IdNumber.parse(raw);

        assertThat(p.isOk()).isFalse();
        assertThat(p.reason()).hasValueSatisfying(r -> assertThat(r).contains("scientific notation").contains("as text")
                .doesNotContain(raw));
    }

    @Test
    void aNumberWrittenAsADecimalIsRefusedSayingItsDigitsMayBeLost() {
        Parsed<IdNumber> p = IdNumber.parse(GB_EXAMPLE.substring(0, 17) + "0.0");

        assertThat(p.isOk()).isFalse();
        assertThat(p.reason()).hasValueSatisfying(r -> assertThat(r).contains("decimal number").doesNotContain("110105"));
    }

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
    @ValueSource(strings = {"'11010519491231002X", "'11010519491231002x", " '11010519491231002X ", "＇11010519491231002X"})
    void aLeadingApostropheExcelWritesToKeepTheNumberAsTextIsDropped(String raw) {
        assertThat(IdNumber.parse(raw).value().value()).isEqualTo("11010519491231002X");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"''11010519491231002X", "11010519491231002X'", "'1101051949123100'2X"})
    void onlyOneLeadingApostropheIsDropped(String raw) {
        assertThat(IdNumber.parse(raw).isOk()).isFalse();
    }

    /** An X typed in the input method's full-width mode after half-width digits: the fast path folded it not. */
    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "11010519491231002Ｘ|11010519491231002X",
        "11010519491231002ｘ|11010519491231002X",
        "21060319781015089９|210603197810150899",
    })
    void aFullWidthCheckCharacterAfterHalfWidthDigitsIsRead(String raw, String normalised) {
        assertThat(IdNumber.parse(raw).value().value()).isEqualTo(normalised);
        assertThat(IdNumber.normalisedOrNull(raw)).isEqualTo(normalised);
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

    private static String withCheck(String body17) {
        return body17 + IdNumber.checkCharacter(body17);
    }

    @ParameterizedTest
    @ValueSource(strings = {"99042619911201007", "91010519491231002", "00010519491231002", "10010519491231002",
        "16010519491231002", "30010519491231002", "47010519491231002", "90010519491231002", "84010519491231002"})
    void aNumberWithoutAProvinceCodeIsNotAnIdentityEvenWithAValidCheckDigit(String body) {
        Parsed<IdNumber> parsed = IdNumber.parse(withCheck(body));
        assertThat(parsed.isOk()).isFalse();
        assertThat(parsed.reason().orElseThrow()).contains("province code").doesNotContain(body.substring(0, 6));
        assertThatThrownBy(() -> new IdNumber(withCheck(body))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theUnknownProvinceCodeFromOtherProjectsSuitesIsRefused() {
        assertThat(IdNumber.parse("990426199112010074").reason().orElseThrow()).contains("province code");
        assertThat(IdNumber.parse("990426911201007").reason().orElseThrow()).contains("province code");
    }

    /**
     * The foreign permanent resident ID card of 2023 (外国人永久居留身份证): 9, the issuing province, the
     * nationality (682), a birth date and a GB 11643 check character; hutool's IdcardUtilTest (FOREIGN_ID_18).
     */
    @ParameterizedTest
    @ValueSource(strings = {"932682198501010017", "９３２６８２１９８５０１０１００１７", "'932682198501010017"})
    void aForeignPermanentResidentCardNumberIsAnIdentity(String raw) {
        Parsed<IdNumber> parsed = IdNumber.parse(raw);
        assertThat(parsed.isOk()).isTrue();
        assertThat(parsed.value().value()).isEqualTo("932682198501010017");
        assertThat(parsed.value().birthDate()).isEqualTo(LocalDate.of(1985, 1, 1));
        byte[] b = "932682198501010017".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(IdNumber.isNormalValid(b, 0, b.length)).isTrue();
        assertThat(IdNumber.normalisedOrNull("932682198501010017")).isEqualTo("932682198501010017");
    }

    @ParameterizedTest
    @ValueSource(strings = {"90068219850101001", "99968219850101001", "92068219850101001"})
    void nineBeforeACodeThatIsNoProvinceIsStillRefused(String body) {
        String raw = withCheck(body);
        assertThat(IdNumber.parse(raw).reason().orElseThrow()).contains("province code");
        byte[] b = raw.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(IdNumber.isNormalValid(b, 0, b.length)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {11, 15, 21, 23, 37, 46, 50, 54, 65, 71, 81, 82, 83})
    void everyProvinceOfTheStandardIsAccepted(int province) {
        assertThat(IdNumber.parse(withCheck(province + "010519491231002")).isOk()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"111111111111111", "000000000000000", "222222222222222", "444444444444444"})
    void aPlaceholderOfOneRepeatedDigitIsNotAnIdentity(String raw) {
        assertThat(IdNumber.parse(raw).isOk()).isFalse();
        assertThat(IdNumber.parse(withCheck(String.valueOf(raw.charAt(0)).repeat(17))).isOk()).isFalse();
    }

    @Test
    void theFifteenOnesPlaceholderWouldOtherwiseReadAsBornIn1911() {
        assertThat(IdNumber.parse("111111111111111").reason().orElseThrow()).contains("placeholder");
        String seventeenOnes = "11111111111111111";
        assertThat(IdNumber.parse(withCheck(seventeenOnes)).reason().orElseThrow()).contains("placeholder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"21068219801301123", "21068219800230123", "21068219810229123", "21068219800431123",
        "21068219800100123"})
    void anImpossibleBirthDateIsNotAnIdentity(String body) {
        assertThat(IdNumber.parse(withCheck(body)).reason().orElseThrow()).contains("birth date");
        assertThat(IdNumber.parse(body.substring(0, 6) + body.substring(8, 17)).reason().orElseThrow())
                .contains("birth date");
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

    /** The province codes of GB/T 2260 (and 83, Taiwan residents' residence permits). */
    private static final int[] PROVINCES = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44,
        45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83};

    /** A random valid 17-digit body: a region code and a real birth date in 1900-2020. */
    private static String randomBody(Random r, int minYear, int maxYear) {
        LocalDate birth = LocalDate.of(minYear, 1, 1)
                .plusDays(r.nextInt((int) (LocalDate.of(maxYear, 12, 31).toEpochDay()
                        - LocalDate.of(minYear, 1, 1).toEpochDay() + 1)));
        int province = PROVINCES[r.nextInt(PROVINCES.length)];
        return String.format("%02d%04d%04d%02d%02d%03d", province, r.nextInt(10000), birth.getYear(),
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
