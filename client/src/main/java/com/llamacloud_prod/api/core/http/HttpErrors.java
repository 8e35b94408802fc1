package com.llamacloud_prod.api.core.http;

import com.llamacloud_prod.api.core.JsonValue;
import com.llamacloud_prod.api.errors.BadRequestException;
import com.llamacloud_prod.api.errors.InternalServerException;
import com.llamacloud_prod.api.errors.LlamaCloudServiceException;
import com.llamacloud_prod.api.errors.NotFoundException;
import com.llamacloud_prod.api.errors.PermissionDeniedException;
import com.llamacloud_prod.api.errors.RateLimitException;
import com.llamacloud_prod.api.errors.UnauthorizedException;
import com.llamacloud_prod.api.errors.UnexpectedStatusCodeException;
import com.llamacloud_prod.api.errors.UnprocessableEntityException;

/**
 * Maps a non-2xx response to the exception of its status family, in one place.
 *
 * <pre>{@code
 * throw HttpErrors.exception(404, headers, JsonValue.from(Map.of("detail", "Not Found")));
 * }</pre>
 *
 * <p>SDK-internal.
 */
public final class HttpErrors {
    private HttpErrors() {}

    public static LlamaCloudServiceException exception(int status, Headers headers, JsonValue body) {
        switch (status) {
            case 400:
                return BadRequestException.builder().headers(headers).body(body).build();
            case 401:
                return UnauthorizedException.builder().headers(headers).body(body).build();
            case 403:
                return PermissionDeniedException.builder().headers(headers).body(body).build();
            case 404:
                return NotFoundException.builder().headers(headers).body(body).build();
            case 422:
                return UnprocessableEntityException.builder().headers(headers).body(body).build();
            case 429:
                return RateLimitException.builder().headers(headers).body(body).build();
            default:
                if (status >= 500 && status <= 599) {
                    return InternalServerException.builder().statusCode(status).headers(headers).body(body).build();
                }
                return UnexpectedStatusCodeException.builder().statusCode(status).headers(headers).body(body).build();
        }
    }
}
