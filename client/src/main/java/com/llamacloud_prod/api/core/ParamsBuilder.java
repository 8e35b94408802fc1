package com.llamacloud_prod.api.core;

import com.llamacloud_prod.api.core.http.Headers;
import com.llamacloud_prod.api.core.http.QueryParams;
import java.util.Map;
import java.util.Set;

/**
 * The additional-header and additional-query-parameter setters every params builder has, written
 * once here instead of in each builder.
 *
 * <pre>{@code
 * ChatListParams params = ChatListParams.builder()
 *         .putAdditionalHeader("X-Team", "search")
 *         .putAdditionalQueryParam("debug", "true")
 *         .build();
 * }</pre>
 *
 * @param <B> the implementing builder, returned by every setter
 */
public interface ParamsBuilder<B extends ParamsBuilder<B>> {

    /** SDK-internal: the builder's additional parts, edited by the setters below. */
    AdditionalParams.Builder _additional();

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    default B additionalHeaders(Headers additionalHeaders) {
        _additional().headers().clear().putAll(additionalHeaders);
        return self();
    }

    default B additionalHeaders(Map<String, ? extends Iterable<String>> additionalHeaders) {
        _additional().headers().clear().putAll(additionalHeaders);
        return self();
    }

    default B putAdditionalHeader(String name, String value) {
        _additional().headers().put(name, value);
        return self();
    }

    default B putAdditionalHeaders(String name, Iterable<String> values) {
        _additional().headers().put(name, values);
        return self();
    }

    default B putAllAdditionalHeaders(Headers additionalHeaders) {
        _additional().headers().putAll(additionalHeaders);
        return self();
    }

    default B putAllAdditionalHeaders(Map<String, ? extends Iterable<String>> additionalHeaders) {
        _additional().headers().putAll(additionalHeaders);
        return self();
    }

    default B replaceAdditionalHeaders(String name, String value) {
        _additional().headers().replace(name, value);
        return self();
    }

    default B replaceAdditionalHeaders(String name, Iterable<String> values) {
        _additional().headers().replace(name, values);
        return self();
    }

    default B replaceAllAdditionalHeaders(Headers additionalHeaders) {
        _additional().headers().replaceAll(additionalHeaders);
        return self();
    }

    default B replaceAllAdditionalHeaders(Map<String, ? extends Iterable<String>> additionalHeaders) {
        _additional().headers().replaceAll(additionalHeaders);
        return self();
    }

    default B removeAdditionalHeaders(String name) {
        _additional().headers().remove(name);
        return self();
    }

    default B removeAllAdditionalHeaders(Set<String> names) {
        _additional().headers().removeAll(names);
        return self();
    }

    default B additionalQueryParams(QueryParams additionalQueryParams) {
        _additional().queryParams().clear().putAll(additionalQueryParams);
        return self();
    }

    default B additionalQueryParams(Map<String, ? extends Iterable<String>> additionalQueryParams) {
        _additional().queryParams().clear().putAll(additionalQueryParams);
        return self();
    }

    default B putAdditionalQueryParam(String key, String value) {
        _additional().queryParams().put(key, value);
        return self();
    }

    default B putAdditionalQueryParams(String key, Iterable<String> values) {
        _additional().queryParams().put(key, values);
        return self();
    }

    default B putAllAdditionalQueryParams(QueryParams additionalQueryParams) {
        _additional().queryParams().putAll(additionalQueryParams);
        return self();
    }

    default B putAllAdditionalQueryParams(Map<String, ? extends Iterable<String>> additionalQueryParams) {
        _additional().queryParams().putAll(additionalQueryParams);
        return self();
    }

    default B replaceAdditionalQueryParams(String key, String value) {
        _additional().queryParams().replace(key, value);
        return self();
    }

    default B replaceAdditionalQueryParams(String key, Iterable<String> values) {
        _additional().queryParams().replace(key, values);
        return self();
    }

    default B replaceAllAdditionalQueryParams(QueryParams additionalQueryParams) {
        _additional().queryParams().replaceAll(additionalQueryParams);
        return self();
    }

    default B replaceAllAdditionalQueryParams(Map<String, ? extends Iterable<String>> additionalQueryParams) {
        _additional().queryParams().replaceAll(additionalQueryParams);
        return self();
    }

    default B removeAdditionalQueryParams(String key) {
        _additional().queryParams().remove(key);
        return self();
    }

    default B removeAllAdditionalQueryParams(Set<String> keys) {
        _additional().queryParams().removeAll(keys);
        return self();
    }
}
