package io.xingzhi.core.supervision;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a model may know besides the records: the as-of date the run looks from and the
 * parameters. Models read no clock and do no I/O.
 *
 * @param asOf the date the run looks from
 * @param parameters the thresholds and keyword groups
 */
public record ModelContext(LocalDate asOf, Parameters parameters) {
    public ModelContext {
        Objects.requireNonNull(asOf);
        Objects.requireNonNull(parameters);
    }
}
