package com.llamacloud_prod.api.client;

import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.services.async.BetaServiceAsync;
import com.llamacloud_prod.api.services.async.FileServiceAsync;
import com.llamacloud_prod.api.services.async.ProjectServiceAsync;
import java.util.function.Consumer;

/**
 * The asynchronous view of a {@link LlamaCloudClient}: calls return {@code CompletableFuture}s and
 * hold no thread while the server works. It shares the client's connection pool.
 *
 * <pre>{@code
 * LlamaCloudClientAsync async = LlamaCloudOkHttpClientAsync.fromEnv();   // or client.async()
 * async.beta().chat().create()
 *         .thenCompose(session -> async.beta().chat().retrieve(session.sessionId()))
 *         .thenAccept(session -> System.out.println(session.sessionId()))
 *         .join();
 * }</pre>
 *
 * <p>So far projects, files, directories (and their files), indexes, retrieval and chat
 * sessions (without turns) are asynchronous; the parse API and chat turns are on {@link #sync()}.
 */
public interface LlamaCloudClientAsync {

    /** The blocking client over the same options and connection pool. */
    LlamaCloudClient sync();

    /** A view of this client with modified options, sharing its connection pool. */
    LlamaCloudClientAsync withOptions(Consumer<ClientOptions.Builder> modifier);

    ProjectServiceAsync projects();

    FileServiceAsync files();

    BetaServiceAsync beta();

    /** A view of this client whose calls complete with the raw HTTP response (status, headers) and the parsed result. */
    WithRawResponse withRawResponse();

    /** A view of {@link LlamaCloudClientAsync} whose calls complete with raw HTTP responses. */
    interface WithRawResponse {

        /** A view with modified options; this one is not changed. */
        LlamaCloudClientAsync.WithRawResponse withOptions(Consumer<ClientOptions.Builder> modifier);

        ProjectServiceAsync.WithRawResponse projects();

        FileServiceAsync.WithRawResponse files();

        BetaServiceAsync.WithRawResponse beta();
    }

    /** Releases the connection pool and threads now; closes the blocking client too, since they share them. */
    void close();
}
