package com.llamacloud_prod.api.core;

import java.util.Map;
import java.util.Set;

/**
 * The additional-body-property setters of the builders of params with a JSON body. A property set
 * here is written into the body as given, replacing a typed field of the same name.
 *
 * <pre>{@code
 * DirectoryCreateParams params = DirectoryCreateParams.builder()
 *         .name("handbook")
 *         .putAdditionalBodyProperty("color", JsonValue.from("blue"))
 *         .build();
 * }</pre>
 *
 * @param <B> the implementing builder, returned by every setter
 */
public interface BodyParamsBuilder<B extends BodyParamsBuilder<B>> extends ParamsBuilder<B> {

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    default B additionalBodyProperties(Map<String, JsonValue> additionalBodyProperties) {
        _additional().bodyProperties().clear();
        return putAllAdditionalBodyProperties(additionalBodyProperties);
    }

    default B putAdditionalBodyProperty(String key, JsonValue value) {
        _additional().bodyProperties().put(key, value);
        return self();
    }

    default B putAllAdditionalBodyProperties(Map<String, JsonValue> additionalBodyProperties) {
        _additional().bodyProperties().putAll(additionalBodyProperties);
        return self();
    }

    default B removeAdditionalBodyProperty(String key) {
        _additional().bodyProperties().remove(key);
        return self();
    }

    default B removeAllAdditionalBodyProperties(Set<String> keys) {
        keys.forEach(_additional().bodyProperties()::remove);
        return self();
    }
}
