package io.xingzhi.core.supervision;

import io.xingzhi.core.identity.Person;
import io.xingzhi.core.lead.LeadKind;
import io.xingzhi.core.record.Dataset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A supervision model: pure matching rules over one person's records and an as-of date. This is
 * an open SPI: an integrator adds a model by implementing it and passing it to the engine's
 * builder (no classpath scanning). A model
 * <ul>
 *   <li>looks at one {@link Person} at a time (the small datasets, indexed by person) in
 *       {@link #assess}, and</li>
 *   <li>may ask to see that person's streamed records (activities, business registrations) by
 *       returning a {@link StreamWatch} from {@link #watch}.</li>
 * </ul>
 * Models do no I/O and read no clock; the engine skips a model when a {@link #requires() required}
 * dataset is absent, and a kind when optional data it {@link LeadKind#needs() needs} is absent, and
 * says so in the run report. A model may tell the engine about a record it could not match
 * ({@link LeadCollector#unmatched}); the report lists it. With many persons the engine calls
 * {@link #assess} and {@link #watch} from two threads at once, for different persons: a model keeps
 * no state between calls (the four bundled ones keep none), or keeps it safe for that; the watches
 * it returns are each used from one thread at a time.
 */
public interface SupervisionModel {

    /** The model's name as used on the command line and in leads, e.g. {@code custody-transfer}. */
    String name();

    /**
     * The lead kinds this model can report, each with its labels, agency, document, articles and
     * fact labels; every kind's {@link LeadKind#model()} is {@link #name()}.
     */
    List<LeadKind> kinds();

    /** The model's Chinese name, e.g. {@code 看守所超期投送}: its kinds' model label. */
    default String label() {
        return kinds().isEmpty() ? name() : kinds().get(0).modelLabel();
    }

    /** Datasets without which the model cannot run; the engine skips it when one is absent. */
    Set<Dataset> requires();

    /** Finds leads in one person's indexed records. */
    void assess(Person person, ModelContext context, LeadCollector out);

    /** Streamed datasets this model watches; empty when it needs none. */
    default Set<Dataset> streams() {
        return Set.of();
    }

    /** A watch on this person's streamed records, or empty when the person needs none. */
    default Optional<StreamWatch> watch(Person person, ModelContext context) {
        return Optional.empty();
    }
}
