package com.llamacloud_prod.api.services.blocking.beta;

import com.llamacloud_prod.api.core.http.HttpResponseFor;
import com.llamacloud_prod.api.core.Checks;
import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.core.Json;
import com.llamacloud_prod.api.core.RequestOptions;
import com.llamacloud_prod.api.core.http.ApiRequest;
import com.llamacloud_prod.api.core.http.OkHttpExecutor;
import com.llamacloud_prod.api.models.beta.attachments.AttachmentGetParams;
import com.llamacloud_prod.api.models.files.PresignedUrl;
import java.util.function.Consumer;

/**
 * {@link AttachmentService} over HTTP (API contract §9).
 *
 * <pre>{@code
 * AttachmentService attachments = new HttpAttachmentService(clientOptions);
 * }</pre>
 */
public final class HttpAttachmentService implements AttachmentService {

    private final ClientOptions options;
    private final OkHttpExecutor http;
    private final RawResponse raw = new RawResponse();

    public HttpAttachmentService(ClientOptions options) {
        this.options = options;
        this.http = new OkHttpExecutor(options);
    }

    @Override
    public AttachmentService withOptions(Consumer<ClientOptions.Builder> modifier) {
        ClientOptions.Builder builder = options.toBuilder();
        modifier.accept(builder);
        return new HttpAttachmentService(builder.build());
    }

    @Override
    public PresignedUrl get(AttachmentGetParams params, RequestOptions requestOptions) {
        return raw.get(params, requestOptions).parse();
    }

    @Override
    public AttachmentService.WithRawResponse withRawResponse() {
        return raw;
    }

    /** The calls, each returning the answer with its status and headers. */
    private final class RawResponse implements AttachmentService.WithRawResponse {

        @Override
        public AttachmentService.WithRawResponse withOptions(Consumer<ClientOptions.Builder> modifier) {
            return HttpAttachmentService.this.withOptions(modifier).withRawResponse();
        }

        @Override
        public HttpResponseFor<PresignedUrl> get(AttachmentGetParams params, RequestOptions requestOptions) {
            String name = Checks.pathParam("attachmentName", params.attachmentName().orElse(null));
            // One segment: the executor percent-encodes it, so "screenshots/page_1.jpg" goes out as screenshots%2Fpage_1.jpg.
            ApiRequest request = ApiRequest.builder("GET")
                    .addPathSegments("api", "v1", "beta", "attachments", name)
                    .putAllQueryParams(params._queryParams())
                    .putAllHeaders(params._headers())
                    .build();
            return http.executeFor(request, requestOptions, json -> Json.model(json, PresignedUrl.class));
        }
    }
}
