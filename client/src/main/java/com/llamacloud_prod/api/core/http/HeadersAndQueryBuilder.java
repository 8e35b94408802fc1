package com.llamacloud_prod.api.core.http;

import java.util.Map;
import java.util.Set;

/**
 * The header and query-parameter setters of the client options builder and of {@link HttpRequest}'s
 * builder, written once here instead of in each (as {@code core.ParamsBuilder} does for params).
 *
 * @param <B> the implementing builder, returned by every setter
 */
public interface HeadersAndQueryBuilder<B extends HeadersAndQueryBuilder<B>> {

    /** SDK-internal: the headers being built, edited by the setters below. */
    Headers.Builder _headerBuilder();

    /** SDK-internal: the query parameters being built, edited by the setters below. */
    QueryParams.Builder _queryParamBuilder();

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    default B headers(Headers headers) {
        _headerBuilder().clear().putAll(headers);
        return self();
    }

    default B putHeader(String name, String value) {
        _headerBuilder().put(name, value);
        return self();
    }

    default B putHeaders(String name, Iterable<String> values) {
        _headerBuilder().put(name, values);
        return self();
    }

    default B putAllHeaders(Headers headers) {
        _headerBuilder().putAll(headers);
        return self();
    }

    default B replaceHeaders(String name, String value) {
        _headerBuilder().replace(name, value);
        return self();
    }

    default B removeHeaders(String name) {
        _headerBuilder().remove(name);
        return self();
    }

    default B headers(Map<String, ? extends Iterable<String>> headers) {
        _headerBuilder().clear().putAll(headers);
        return self();
    }

    default B putAllHeaders(Map<String, ? extends Iterable<String>> headers) {
        _headerBuilder().putAll(headers);
        return self();
    }

    default B replaceHeaders(String name, Iterable<String> values) {
        _headerBuilder().replace(name, values);
        return self();
    }

    default B replaceAllHeaders(Headers headers) {
        _headerBuilder().replaceAll(headers);
        return self();
    }

    default B replaceAllHeaders(Map<String, ? extends Iterable<String>> headers) {
        _headerBuilder().replaceAll(headers);
        return self();
    }

    default B removeAllHeaders(Set<String> names) {
        _headerBuilder().removeAll(names);
        return self();
    }

    default B queryParams(QueryParams queryParams) {
        _queryParamBuilder().clear().putAll(queryParams);
        return self();
    }

    default B queryParams(Map<String, ? extends Iterable<String>> queryParams) {
        _queryParamBuilder().clear().putAll(queryParams);
        return self();
    }

    default B putQueryParam(String key, String value) {
        _queryParamBuilder().put(key, value);
        return self();
    }

    default B putQueryParams(String key, Iterable<String> values) {
        _queryParamBuilder().put(key, values);
        return self();
    }

    default B putAllQueryParams(QueryParams queryParams) {
        _queryParamBuilder().putAll(queryParams);
        return self();
    }

    default B putAllQueryParams(Map<String, ? extends Iterable<String>> queryParams) {
        _queryParamBuilder().putAll(queryParams);
        return self();
    }

    default B replaceQueryParams(String key, String value) {
        _queryParamBuilder().replace(key, value);
        return self();
    }

    default B replaceQueryParams(String key, Iterable<String> values) {
        _queryParamBuilder().replace(key, values);
        return self();
    }

    default B replaceAllQueryParams(QueryParams queryParams) {
        _queryParamBuilder().replaceAll(queryParams);
        return self();
    }

    default B replaceAllQueryParams(Map<String, ? extends Iterable<String>> queryParams) {
        _queryParamBuilder().replaceAll(queryParams);
        return self();
    }

    default B removeQueryParams(String key) {
        _queryParamBuilder().remove(key);
        return self();
    }

    default B removeAllQueryParams(Set<String> keys) {
        _queryParamBuilder().removeAll(keys);
        return self();
    }
}
