package io.xingzhi.core.lead.violating;

import io.xingzhi.core.supervision.SupervisionModel;

/**
 * Deliberately violating fixture (test sources only, never seen by {@code ArchitectureTest}): a
 * lead of the domain model that knows the models of the domain-service ring, breaking the onion.
 */
public final class LeadThatRunsAModel {
    private final SupervisionModel model;

    public LeadThatRunsAModel(SupervisionModel model) {
        this.model = model;
    }

    /** The name of the model that found this lead. */
    public String modelName() {
        return model.name();
    }
}
