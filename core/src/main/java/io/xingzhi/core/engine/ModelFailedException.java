package io.xingzhi.core.engine;

import io.xingzhi.core.XingzhiException;

/**
 * A model (or the watch it set on a person's streamed records) threw while it assessed a person: the run
 * ends, nothing is published. The message names the model, the kind of failure and where it was thrown,
 * but not the failure's own message, which a model may have written with a person's name or identity
 * number in it (a door prints a message, a run job keeps it); the failure itself is the cause, for the
 * model's author to read.
 */
public final class ModelFailedException extends XingzhiException {
    private static final long serialVersionUID = 1L;

    private final String model;

    ModelFailedException(String model, RuntimeException failure) {
        super("model " + model + " failed while assessing a person: " + where(failure)
                        + " (its own message is not shown, as it may quote a person's data; it is this exception's cause)",
                failure, "监督模型 " + model + " 在研判人员时出错：" + where(failure) + "（原始错误信息可能含有个人信息，未予显示）");
        this.model = model;
    }

    /** The model that failed, by its name. */
    public String model() {
        return model;
    }

    private static String where(RuntimeException failure) {
        StackTraceElement[] frames = failure.getStackTrace();
        return failure.getClass().getName() + (frames.length == 0 ? "" : " at " + frames[0]);
    }
}
