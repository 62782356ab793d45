package io.xingzhi.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdNumbersTest {
    @Test
    void checkCharacterMatchesRealNumbers() {
        assertThat(IdNumbers.valid("21068119731003249X")).isTrue();
        assertThat(IdNumbers.valid("210602197204252004")).isTrue();
        assertThat(IdNumbers.valid("21060419851013816X")).isTrue();
        assertThat(IdNumbers.valid("210602197204252005")).isFalse();
        assertThat(IdNumbers.valid("21068119731003249x")).isFalse();
    }

    @Test
    void madeNumbersCarryAreaBirthDateAndCheckCharacter() {
        String id = IdNumbers.make("210682", LocalDate.of(1985, 3, 7), 42);
        assertThat(id).startsWith("21068219850307042").hasSize(18);
        assertThat(IdNumbers.valid(id)).isTrue();
    }

    @Test
    void legacyFormDropsCenturyAndCheckCharacter() {
        assertThat(IdNumbers.legacy15("210603197810150899")).isEqualTo("210603781015089");
        assertThatThrownBy(() -> IdNumbers.legacy15("210603200010150899")).isInstanceOf(IllegalArgumentException.class);
    }
}
