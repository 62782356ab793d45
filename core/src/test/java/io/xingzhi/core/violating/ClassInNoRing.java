package io.xingzhi.core.violating;

/**
 * Deliberately violating fixture (test sources only, never seen by {@code ArchitectureTest}): a
 * class in a core package that no ring of the onion names. It depends on nothing, so only
 * {@code ensureAllClassesAreContainedInArchitecture()} can catch it.
 */
public final class ClassInNoRing {
    /** A constant, so the class has a body. */
    public static final String WHERE = "nowhere";

    private ClassInNoRing() {
    }
}
