package io.xingzhi.core.value;

import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The result of reading one raw value: either the value, or the reason it could not be read.
 * Parsers in this package never throw for bad input; they return {@link #failed(String)}.
 *
 * @param <T> the type of the value read
 */
public final class Parsed<T> {
    private final T value;
    private final String reason;
    /** {@link #toOptional()}, made on first call (a shared result, such as a day's, gives the same one). */
    private Optional<T> optional;

    private Parsed(T value, String reason) {
        this.value = value;
        this.reason = reason;
    }

    /** A successfully read value. */
    public static <T> Parsed<T> ok(T value) {
        return new Parsed<>(Objects.requireNonNull(value, "value"), null);
    }

    /** A value that could not be read, with a reason a person can act on (no identity numbers in it). */
    public static <T> Parsed<T> failed(String reason) {
        return new Parsed<>(null, Objects.requireNonNull(reason, "reason"));
    }

    public boolean isOk() {
        return value != null;
    }

    /** The value; throws {@link NoSuchElementException} when this result failed. */
    public T value() {
        if (value == null) {
            throw new NoSuchElementException("no value: " + reason);
        }
        return value;
    }

    /** The reason the value could not be read; empty when it was read. */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public Optional<T> toOptional() {
        Optional<T> o = optional;
        if (o == null) {
            o = Optional.ofNullable(value);
            optional = o; // racy but safe: Optional is immutable, its field final
        }
        return o;
    }

    public <R> Parsed<R> map(Function<? super T, ? extends R> f) {
        return value == null ? failed(reason) : ok(f.apply(value));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parsed<?> p && Objects.equals(value, p.value) && Objects.equals(reason, p.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, reason);
    }

    @Override
    public String toString() {
        return value != null ? "Parsed[" + value + "]" : "Failed[" + reason + "]";
    }
}
