/**
 * The asynchronous services: the blocking services' calls returning {@code CompletableFuture}s,
 * sent with OkHttp's asynchronous calls (no thread per call). Shares requests with the blocking
 * services through {@code services.beta}; never imports the blocking implementations.
 */
package com.llamacloud_prod.api.services.async;
