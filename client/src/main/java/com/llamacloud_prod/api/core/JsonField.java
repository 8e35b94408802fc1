package com.llamacloud_prod.api.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A model field as received: a value of the expected type ({@link KnownValue}), or any other JSON
 * ({@link JsonValue}: {@link JsonMissing} when the key was absent, {@link JsonNull} for {@code null},
 * or a value of an unexpected type). Models keep fields in this form so an unexpected value only
 * fails its own accessor and survives a round trip unchanged.
 *
 * <pre>{@code
 * JsonField<String> id = response._sessionId();
 * String text = id.asKnown().orElse("(not a string)");
 * ChatCreateResponse.builder().sessionId(JsonValue.from(42)); // an undocumented value
 * }</pre>
 */
@JsonDeserialize(using = JsonField.Deserializer.class)
public abstract class JsonField<T> {

    JsonField() {}

    /** A known value; {@code value} must not be null (use {@link #ofNullable}). */
    public static <T> JsonField<T> of(T value) {
        return KnownValue.of(value);
    }

    /** A known value, or {@link JsonNull} for null. */
    @SuppressWarnings("unchecked")
    public static <T> JsonField<T> ofNullable(T value) {
        return value == null ? (JsonField<T>) JsonNull.of() : KnownValue.of(value);
    }

    /** True if the key was absent. */
    public boolean isMissing() {
        return this instanceof JsonMissing;
    }

    /** True if the value was JSON {@code null}. */
    public boolean isNull() {
        return this instanceof JsonNull;
    }

    /** The value if it has the expected type. */
    @SuppressWarnings("unchecked")
    public Optional<T> asKnown() {
        return this instanceof KnownValue ? Optional.of(((KnownValue<T>) this).value()) : Optional.empty();
    }

    /** The raw JSON if the value is missing, null or of an unexpected type. */
    public Optional<JsonValue> asUnknown() {
        return this instanceof JsonValue ? Optional.of((JsonValue) this) : Optional.empty();
    }

    public Optional<Boolean> asBoolean() {
        return known(Boolean.class);
    }

    public Optional<Number> asNumber() {
        return known(Number.class);
    }

    public Optional<String> asString() {
        return known(String.class);
    }

    /** @throws com.llamacloud_prod.api.errors.LlamaCloudInvalidDataException if not a string */
    public String asStringOrThrow() {
        return asString().orElseThrow(() ->
                new com.llamacloud_prod.api.errors.LlamaCloudInvalidDataException("Value is not a string"));
    }

    @SuppressWarnings("unchecked")
    public Optional<List<JsonValue>> asArray() {
        return Optional.empty();
    }

    public Optional<Map<String, JsonValue>> asObject() {
        return Optional.empty();
    }

    private <R> Optional<R> known(Class<R> type) {
        if (this instanceof KnownValue) {
            Object value = ((KnownValue<?>) this).value();
            return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Reads a field as its declared type when the JSON fits it strictly, else keeps the JSON. */
    static final class Deserializer extends JsonDeserializer<JsonField<?>> implements ContextualDeserializer {
        private final JavaType valueType;

        Deserializer() {
            this(null);
        }

        private Deserializer(JavaType valueType) {
            this.valueType = valueType;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            JavaType fieldType = property != null ? property.getType() : ctxt.getContextualType();
            JavaType value = fieldType == null ? null : fieldType.containedType(0);
            return new Deserializer(value);
        }

        @Override
        public JsonField<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = ctxt.readTree(p);
            return JsonFields.fromNode(node, valueType);
        }

        @Override
        public JsonField<?> getNullValue(DeserializationContext ctxt) {
            return JsonNull.of();
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return JsonMissing.of();
        }
    }

    /** {@code @JsonInclude} filter that leaves absent fields out of serialized JSON. */
    public static final class IsMissing {
        @Override
        public boolean equals(Object other) {
            return other instanceof JsonMissing;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
