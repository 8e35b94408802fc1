package com.llamacloud_prod.api.core.http;

import java.net.Proxy;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Answers an HTTP proxy's {@code 407 Proxy Authentication Required}: returns the request to send
 * again (usually with a {@code Proxy-Authorization} header), or empty to give up, in which case the
 * call fails with the 407. Must be thread-safe.
 *
 * <pre>{@code
 * LlamaCloudClient client = LlamaCloudOkHttpClient.builder()
 *         .fromEnv()
 *         .proxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("proxy.internal", 3128)))
 *         .proxyAuthenticator(ProxyAuthenticator.basic("user", "secret"))
 *         .build();
 * }</pre>
 */
@FunctionalInterface
public interface ProxyAuthenticator {

    /**
     * @param proxy the proxy that challenged, or {@link Proxy#NO_PROXY} if not known yet
     * @param request the request the proxy refused
     * @param response the 407 answer (its {@code Proxy-Authenticate} header names the scheme)
     */
    Optional<HttpRequest> authenticate(Proxy proxy, HttpRequest request, HttpResponse response);

    /** RFC 7617 Basic credentials, encoded in ISO-8859-1. */
    static ProxyAuthenticator basic(String username, String password) {
        return basic(username, password, StandardCharsets.ISO_8859_1);
    }

    /** RFC 7617 Basic credentials, encoded in {@code charset}. */
    static ProxyAuthenticator basic(String username, String password, Charset charset) {
        String value = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(charset));
        return (proxy, request, response) ->
                Optional.of(request.toBuilder().replaceHeaders("Proxy-Authorization", value).build());
    }
}
