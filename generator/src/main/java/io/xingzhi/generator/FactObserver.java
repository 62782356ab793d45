package io.xingzhi.generator;

/** Sees every structured fact the generator writes (for tests that check the planting against LAW.md). */
interface FactObserver {
    /** Observes nothing. */
    FactObserver NONE = new FactObserver() {
    };

    /** A sentenced person's planted history (activities included). */
    default void plan(Facts.Plan plan) {
    }

    /** A noise business role (of a sentenced person allowed one, or of a person never sentenced). */
    default void noiseRole(Facts.Role role) {
    }

    /** A noise activity row. */
    default void noiseActivity(Facts.Activity activity) {
    }
}
