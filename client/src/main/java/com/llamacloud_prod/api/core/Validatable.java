package com.llamacloud_prod.api.core;

/**
 * A generated response model that can check its required fields and types: what the client does to every
 * answer when {@code responseValidation(true)} is set on the client or on a call's {@link RequestOptions}.
 */
public interface Validatable {
    /**
     * @return this model
     * @throws com.llamacloud_prod.api.errors.LlamaCloudInvalidDataException if a required field is missing or
     *     a field has the wrong type
     */
    Validatable validate();
}
