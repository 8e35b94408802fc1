package com.llamacloud_prod.api.services.blocking;

import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.services.blocking.beta.AttachmentService;
import com.llamacloud_prod.api.services.blocking.beta.ChatService;
import com.llamacloud_prod.api.services.blocking.beta.DirectoryService;
import com.llamacloud_prod.api.services.blocking.beta.IndexService;
import com.llamacloud_prod.api.services.blocking.beta.RetrievalService;
import java.util.function.Consumer;

/**
 * The beta ("Index V2") APIs: directories, indexes, retrieval, attachments and chat.
 *
 * <pre>{@code
 * DirectoryCreateResponse dir = client.beta().directories().create(
 *         DirectoryCreateParams.builder().name("docs").build());
 * IndexCreateResponse index = client.beta().indexes().create(
 *         IndexCreateParams.builder().sourceDirectoryId(dir.id()).build());
 * RetrievalRetrieveResponse hits = client.beta().retrieval().retrieve(
 *         RetrievalRetrieveParams.builder().indexId(index.id()).query("leave policy").build());
 * ChatCreateResponse session = client.beta().chat().create(
 *         ChatCreateParams.builder().addIndexId(index.id()).build());
 * }</pre>
 */
public interface BetaService {

    /** A view of this service with modified options; this one is not changed. */
    BetaService withOptions(Consumer<ClientOptions.Builder> modifier);

    DirectoryService directories();

    IndexService indexes();

    RetrievalService retrieval();

    AttachmentService attachments();

    ChatService chat();


    /** A view of this service whose calls return the raw HTTP response (status, headers) with the parsed result. */
    WithRawResponse withRawResponse();

    /** A view of {@link BetaService} whose calls return raw HTTP responses; errors still throw. */
    interface WithRawResponse {

        /** A view with modified options; this one is not changed. */
        BetaService.WithRawResponse withOptions(Consumer<ClientOptions.Builder> modifier);

        DirectoryService.WithRawResponse directories();

        IndexService.WithRawResponse indexes();

        RetrievalService.WithRawResponse retrieval();

        AttachmentService.WithRawResponse attachments();

        ChatService.WithRawResponse chat();
    }
}
