package com.llamacloud_prod.api.core.http;

/**
 * A raw HTTP response that can also be parsed into the call's usual result.
 *
 * <pre>{@code
 * HttpResponseFor<DirectoryGetResponse> response =
 *         client.beta().directories().withRawResponse().get(directoryId);
 * int status = response.statusCode();
 * DirectoryGetResponse directory = response.parse();   // parsed once, on first call
 * }</pre>
 */
public interface HttpResponseFor<T> extends HttpResponse {

    T parse();
}
