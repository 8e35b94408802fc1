package com.llamacloud_prod.api.services.blocking.beta;

import com.llamacloud_prod.api.core.http.HttpResponseFor;
import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.core.RequestOptions;
import com.llamacloud_prod.api.models.beta.attachments.AttachmentGetParams;
import com.llamacloud_prod.api.models.files.PresignedUrl;
import java.util.function.Consumer;

/**
 * Attachments stored next to parsed files ({@code /api/v1/beta/attachments}), e.g. page screenshots
 * of an index created with {@code store_attachments: ["screenshots"]}.
 *
 * <pre>{@code
 * PresignedUrl shot = client.beta().attachments().get("screenshots/page_1.jpg",
 *         AttachmentGetParams.builder().sourceId(parsedFileId).build());
 * }</pre>
 */
public interface AttachmentService {

    /** A view of this service with modified options; this one is not changed. */
    AttachmentService withOptions(Consumer<ClientOptions.Builder> modifier);

    /** A presigned link to one attachment; the name's {@code /} is sent as {@code %2F}. */
    PresignedUrl get(AttachmentGetParams params, RequestOptions requestOptions);

    default PresignedUrl get(AttachmentGetParams params) {
        return get(params, RequestOptions.none());
    }

    default PresignedUrl get(String attachmentName, AttachmentGetParams params, RequestOptions requestOptions) {
        return get(params.toBuilder().attachmentName(attachmentName).build(), requestOptions);
    }

    default PresignedUrl get(String attachmentName, AttachmentGetParams params) {
        return get(attachmentName, params, RequestOptions.none());
    }


    /** A view of this service whose calls return the raw HTTP response (status, headers) with the parsed result. */
    WithRawResponse withRawResponse();

    /** A view of {@link AttachmentService} whose calls return raw HTTP responses; errors still throw. */
    interface WithRawResponse {

        /** A view with modified options; this one is not changed. */
        AttachmentService.WithRawResponse withOptions(Consumer<ClientOptions.Builder> modifier);

        HttpResponseFor<PresignedUrl> get(AttachmentGetParams params, RequestOptions requestOptions);

        default HttpResponseFor<PresignedUrl> get(AttachmentGetParams params) {
            return get(params, RequestOptions.none());
        }

        default HttpResponseFor<PresignedUrl> get(String attachmentName, AttachmentGetParams params, RequestOptions requestOptions) {
            return get(params.toBuilder().attachmentName(attachmentName).build(), requestOptions);
        }

        default HttpResponseFor<PresignedUrl> get(String attachmentName, AttachmentGetParams params) {
            return get(attachmentName, params, RequestOptions.none());
        }
    }
}
