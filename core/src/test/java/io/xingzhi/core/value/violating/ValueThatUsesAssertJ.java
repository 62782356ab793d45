package io.xingzhi.core.value.violating;

import org.assertj.core.api.Assertions;

/**
 * Deliberately violating fixture (test sources only, never seen by {@code ArchitectureTest}): a
 * core class depending on a library other than the JDK and Guava (AssertJ, the one
 * outside library on core's test class path besides JUnit and ArchUnit).
 */
public final class ValueThatUsesAssertJ {
    private ValueThatUsesAssertJ() {
    }

    /** Fails unless {@code text} is non-blank. */
    public static void requireText(String text) {
        Assertions.assertThat(text).isNotBlank();
    }
}
