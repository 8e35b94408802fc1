package com.llamacloud_prod.api.client;

import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.services.blocking.BetaService;
import com.llamacloud_prod.api.services.blocking.FileService;
import com.llamacloud_prod.api.services.blocking.ProjectService;
import java.util.function.Consumer;

/**
 * A synchronous client for the LlamaCloud-compatible REST API (LlamaCloud or a Quire server).
 * Create one and share it: it is immutable and thread-safe, and holds the connection pool.
 *
 * <pre>{@code
 * LlamaCloudClient client = LlamaCloudOkHttpClient.fromEnv();
 * FileCreateResponse file = client.files().create(FileCreateParams.builder()
 *         .file(Path.of("notes.txt")).purpose("user_data").build());
 * ChatCreateResponse session = client.beta().chat().create();
 * List<Project> projects = client.projects().list();
 * }</pre>
 */
public interface LlamaCloudClient {

    /** A view of this client with modified options, sharing its connection pool. */
    LlamaCloudClient withOptions(Consumer<ClientOptions.Builder> modifier);

    ProjectService projects();

    /** The parse API ({@code /api/v2/parse}). */
    com.llamacloud_prod.api.services.blocking.ParsingService parsing();

    FileService files();

    BetaService beta();

    /** The asynchronous view of this client, sharing its options and connection pool. */
    LlamaCloudClientAsync async();

    /** A view of this client whose calls return the raw HTTP response (status, headers) with the parsed result. */
    WithRawResponse withRawResponse();

    /** A view of {@link LlamaCloudClient} whose calls return raw HTTP responses; errors still throw. */
    interface WithRawResponse {

        /** A view with modified options; this one is not changed. */
        LlamaCloudClient.WithRawResponse withOptions(Consumer<ClientOptions.Builder> modifier);

        ProjectService.WithRawResponse projects();

        FileService.WithRawResponse files();

        BetaService.WithRawResponse beta();
    }

    /**
     * Releases the connection pool and threads now instead of when idle. Closes every client
     * derived with {@link #withOptions}, since they share them. Usually unnecessary.
     */
    void close();
}
