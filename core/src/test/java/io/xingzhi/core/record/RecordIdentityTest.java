package io.xingzhi.core.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.value.IdNumber;
import io.xingzhi.core.value.PersonName;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** RecordIdentity's written-out equals and hashCode are exactly what a record would generate. */
class RecordIdentityTest {
    /** A record of the same components, with the generated methods. */
    private record Generated(Optional<IdNumber> idNumber, Optional<PersonName> name, Optional<LocalDate> birthDate,
                             Optional<String> idProblem, Optional<String> unverifiedBody) {
        static Generated of(RecordIdentity i) {
            return new Generated(i.idNumber(), i.name(), i.birthDate(), i.idProblem(), i.unverifiedBody());
        }
    }

    private static <T> Optional<T> maybe(Random r, T value) {
        return r.nextInt(4) == 0 ? Optional.empty() : Optional.of(value);
    }

    private static RecordIdentity random(Random r) {
        String[] numbers = {"11010519491231002X", "110105194912310011", "440524188001010014"};
        String[] names = {"张三", "李四", "王五"};
        return new RecordIdentity(maybe(r, new IdNumber(numbers[r.nextInt(numbers.length)])),
                maybe(r, PersonName.parse(names[r.nextInt(names.length)]).value()),
                maybe(r, LocalDate.of(1949, 12, 29 + r.nextInt(3))),
                maybe(r, "problem " + r.nextInt(2)),
                maybe(r, "1101051949123100" + r.nextInt(2)));
    }

    @Test
    void equalsAndHashCodeAgreeWithTheGeneratedOnesOfTheSameComponents() {
        Random r = new Random(5);
        List<RecordIdentity> identities = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            identities.add(random(r));
        }
        int equalPairs = 0;
        for (RecordIdentity a : identities) {
            assertThat(a.hashCode()).isEqualTo(Generated.of(a).hashCode());
            for (RecordIdentity b : identities) {
                boolean generated = Generated.of(a).equals(Generated.of(b));
                assertThat(a.equals(b)).isEqualTo(generated);
                equalPairs += generated && a != b ? 1 : 0;
            }
        }
        assertThat(equalPairs).as("the sample has equal identities that are different objects").isPositive();
        assertThat(identities.get(0).equals(null)).isFalse();
        assertThat(identities.get(0).equals("张三")).isFalse();
    }
}
