package com.llamacloud_prod.api.core;

import com.llamacloud_prod.api.core.http.Headers;
import com.llamacloud_prod.api.core.http.QueryParams;

/**
 * The parameters of one API call, as the request carries them: headers and query parameters
 * (the params' own fields first, then the additional ones set on the builder).
 *
 * <pre>{@code
 * DirectoryListParams params = DirectoryListParams.builder().pageSize(10L).putAdditionalQueryParam("x", "1").build();
 * params._queryParams();   // page_size=10&x=1
 * }</pre>
 */
public interface Params {

    Headers _headers();

    QueryParams _queryParams();
}
