package com.llamacloud_prod.api.client.okhttp;

import com.llamacloud_prod.api.core.http.BufferedHttpResponse;
import com.llamacloud_prod.api.core.http.Headers;
import com.llamacloud_prod.api.core.http.HttpMethod;
import com.llamacloud_prod.api.core.http.HttpRequest;
import com.llamacloud_prod.api.core.http.ProxyAuthenticator;
import java.net.Proxy;
import java.util.Optional;
import okhttp3.Authenticator;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;

/**
 * Adapts a {@link ProxyAuthenticator} to OkHttp: shows it the refused request and the 407, then
 * sends the original request (body included) with the headers the authenticator returned.
 */
final class OkHttpProxyAuthenticator implements Authenticator {

    /** A proxy that refuses the same credentials this often is not going to accept them. */
    private static final int MAX_ATTEMPTS = 3;

    private final ProxyAuthenticator authenticator;

    OkHttpProxyAuthenticator(ProxyAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public Request authenticate(Route route, Response response) {
        if (attempts(response) >= MAX_ATTEMPTS) {
            return null;
        }
        Request refused = response.request();
        Proxy proxy = route != null ? route.proxy() : Proxy.NO_PROXY;
        Optional<HttpRequest> retry = authenticator.authenticate(proxy, toHttpRequest(refused),
                BufferedHttpResponse.headersOnly(response.code(), headers(response.headers())));
        if (retry.isEmpty()) {
            return null;
        }
        Request.Builder request = refused.newBuilder();
        okhttp3.Headers.Builder replaced = new okhttp3.Headers.Builder();
        Headers headers = retry.get().headers();
        headers.names().forEach(name -> headers.values(name).forEach(value -> replaced.add(name, value)));
        return request.headers(replaced.build()).build();
    }

    private static int attempts(Response response) {
        int count = 1;
        for (Response prior = response.priorResponse(); prior != null; prior = prior.priorResponse()) {
            count++;
        }
        return count;
    }

    private static HttpRequest toHttpRequest(Request request) {
        HttpUrl url = request.url();
        HttpRequest.Builder builder = HttpRequest.builder()
                .method(HttpMethod.valueOf(request.method()))
                .baseUrl(url.scheme() + "://" + url.host() + ":" + url.port())
                .headers(headers(request.headers()));
        url.pathSegments().stream().filter(segment -> !segment.isEmpty()).forEach(builder::addPathSegment);
        for (int i = 0; i < url.querySize(); i++) {
            builder.putQueryParam(url.queryParameterName(i), String.valueOf(url.queryParameterValue(i)));
        }
        return builder.build();
    }

    private static Headers headers(okhttp3.Headers okHttp) {
        Headers.Builder headers = Headers.builder();
        for (int i = 0; i < okHttp.size(); i++) {
            headers.put(okHttp.name(i), okHttp.value(i));
        }
        return headers.build();
    }
}
