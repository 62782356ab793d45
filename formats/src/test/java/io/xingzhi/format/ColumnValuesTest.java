package io.xingzhi.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A column's kept values: always the characters read, one string per repeated value while the column has few. */
class ColumnValuesTest {

    @Test
    void aRepeatedValueOfAFewValuedColumnIsTheSameString() {
        ColumnValues column = new ColumnValues();
        char[] line = "凤城市人民法院,凤城市看守所,凤城市人民法院".toCharArray();
        String first = column.of(line, 0, 7);
        String again = column.of(line, 15, 22);
        assertThat(first).isEqualTo("凤城市人民法院");
        assertThat(again).isSameAs(first);
        assertThat(column.of(line, 8, 14)).isEqualTo("凤城市看守所");
        assertThat(column.of(line, 7, 7)).isEmpty();
    }

    @Test
    void everyValueReadIsItsCharactersWhateverTheColumnHolds() {
        Random r = new Random(4);
        ColumnValues few = new ColumnValues();
        ColumnValues many = new ColumnValues();
        for (int i = 0; i < 50_000; i++) {
            String small = "值" + r.nextInt(300);
            String large = "号" + r.nextInt(1_000_000) + "x".repeat(r.nextInt(60));
            String line = "," + small + ";" + large + ",";
            char[] c = line.toCharArray();
            assertThat(few.of(c, 1, 1 + small.length())).isEqualTo(small);
            assertThat(many.of(c, 2 + small.length(), 2 + small.length() + large.length())).isEqualTo(large);
        }
        // the few-valued column keeps its values; the other gave up keeping after MAX_DISTINCT
        char[] c = "值7".toCharArray();
        assertThat(few.of(c, 0, 2)).isSameAs(few.of(c, 0, 2));
        String probe = "号1";
        assertThat(many.of(probe.toCharArray(), 0, 2)).isNotSameAs(many.of(probe.toCharArray(), 0, 2));
    }
}
