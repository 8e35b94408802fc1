package com.llamacloud_prod.api.core;

import java.util.Objects;

/**
 * A field value of the type the model declares.
 *
 * <pre>{@code
 * KnownValue<String> id = KnownValue.of("ses-1");
 * }</pre>
 */
public final class KnownValue<T> extends JsonField<T> {
    private final T value;

    private KnownValue(T value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    public static <T> KnownValue<T> of(T value) {
        return new KnownValue<>(value);
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public T value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KnownValue && value.equals(((KnownValue<?>) other).value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
