package com.llamacloud_prod.api.core.http;

/** The HTTP methods the API uses. */
public enum HttpMethod {
    GET,
    HEAD,
    POST,
    PUT,
    DELETE,
    CONNECT,
    OPTIONS,
    TRACE,
    PATCH
}
