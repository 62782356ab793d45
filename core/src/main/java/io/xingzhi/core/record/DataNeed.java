package io.xingzhi.core.record;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Data a lead kind cannot be found without: a dataset, or one column of a dataset (an optional
 * column of CONTRACT.md §1 such as {@code corrections.reported_on}). The engine checks a kind's
 * needs against what the sources actually had - the datasets they provide and, for the indexed
 * datasets, the columns their headers name - and reports a kind whose need is unmet as "could not
 * run" with {@link #describe()}, instead of "0 leads".
 *
 * @param dataset the dataset
 * @param column a canonical field of the dataset, or empty when the dataset itself is the need
 */
public record DataNeed(Dataset dataset, Optional<String> column) {
    public DataNeed {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(column, "column");
        column.ifPresent(c -> {
            if (!dataset.fields().containsKey(c) && !Dataset.IDENTITY_FIELDS.containsKey(c)) {
                throw new IllegalArgumentException("\"" + c + "\" is not a field of " + dataset.fileStem());
            }
        });
    }

    /** The dataset must be present. */
    public static DataNeed dataset(Dataset d) {
        return new DataNeed(d, Optional.empty());
    }

    /**
     * The dataset must be present with this column.
     *
     * @throws IllegalArgumentException when {@code field} is not a canonical field of {@code d}
     */
    public static DataNeed column(Dataset d, String field) {
        return new DataNeed(d, Optional.of(field));
    }

    /**
     * What is needed, for a report: {@code commutations（法院 减刑、假释裁定）} or
     * {@code corrections.reported_on（报到日期）}.
     */
    public String describe() {
        if (column.isEmpty()) {
            return dataset.fileStem() + "（" + dataset.agency() + "）";
        }
        List<String> aliases = dataset.fields().getOrDefault(column.get(), Dataset.IDENTITY_FIELDS.getOrDefault(column.get(), List.of()));
        return dataset.fileStem() + "." + column.get() + (aliases.isEmpty() ? "" : "（" + aliases.get(0) + "）");
    }
}
