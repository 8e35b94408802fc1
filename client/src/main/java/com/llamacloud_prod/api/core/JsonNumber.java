package com.llamacloud_prod.api.core;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** A JSON number; equal to another of the same numeric value whatever its Java type (1 == 1L). */
public final class JsonNumber extends JsonValue {
    private final Number value;

    private JsonNumber(Number value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    public static JsonNumber of(Number value) {
        return new JsonNumber(value);
    }

    public Number value() {
        return value;
    }

    @Override
    public Optional<Number> asNumber() {
        return Optional.of(value);
    }

    private BigDecimal decimal() {
        try {
            return new BigDecimal(value.toString()).stripTrailingZeros();
        } catch (NumberFormatException e) { // NaN, Infinity
            return null;
        }
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof JsonNumber)) {
            return false;
        }
        BigDecimal a = decimal();
        BigDecimal b = ((JsonNumber) other).decimal();
        return a == null || b == null ? value.equals(((JsonNumber) other).value) : a.equals(b);
    }

    @Override
    public int hashCode() {
        BigDecimal d = decimal();
        return d == null ? value.hashCode() : d.hashCode();
    }
}
