/**
 * The HTTP layer: the Javalin app, authentication filter, error mapping, request/response helpers,
 * pagination tokens and the OpenAPI document. Features plug in through {@link dev.quire.http.RouteGroup}.
 */
package dev.quire.http;
