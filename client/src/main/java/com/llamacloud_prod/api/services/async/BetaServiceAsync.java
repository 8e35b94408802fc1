package com.llamacloud_prod.api.services.async;

import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.services.async.beta.ChatServiceAsync;
import com.llamacloud_prod.api.services.async.beta.DirectoryServiceAsync;
import com.llamacloud_prod.api.services.async.beta.IndexServiceAsync;
import com.llamacloud_prod.api.services.async.beta.RetrievalServiceAsync;
import java.util.function.Consumer;

/**
 * The beta API without blocking. So far: chat sessions, directories (with their files), indexes and retrieval.
 *
 * <pre>{@code
 * BetaServiceAsync beta = client.async().beta();
 * beta.directories().list().thenAccept(page -> page.items().forEach(System.out::println));
 * }</pre>
 */
public interface BetaServiceAsync {

    /** A view of this service with modified options; this one is not changed. */
    BetaServiceAsync withOptions(Consumer<ClientOptions.Builder> modifier);

    ChatServiceAsync chat();

    DirectoryServiceAsync directories();

    IndexServiceAsync indexes();

    RetrievalServiceAsync retrieval();


    /** A view of this service whose calls complete with the raw HTTP response (status, headers) and the parsed result. */
    WithRawResponse withRawResponse();

    /** A view of {@link BetaServiceAsync} whose calls complete with raw HTTP responses; errors still fail the futures. */
    interface WithRawResponse {

        /** A view with modified options; this one is not changed. */
        BetaServiceAsync.WithRawResponse withOptions(Consumer<ClientOptions.Builder> modifier);

        ChatServiceAsync.WithRawResponse chat();

        DirectoryServiceAsync.WithRawResponse directories();

        IndexServiceAsync.WithRawResponse indexes();

        RetrievalServiceAsync.WithRawResponse retrieval();
    }
}
