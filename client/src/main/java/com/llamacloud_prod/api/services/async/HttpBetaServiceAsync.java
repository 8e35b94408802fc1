package com.llamacloud_prod.api.services.async;

import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.services.async.beta.ChatServiceAsync;
import com.llamacloud_prod.api.services.async.beta.DirectoryServiceAsync;
import com.llamacloud_prod.api.services.async.beta.HttpChatServiceAsync;
import com.llamacloud_prod.api.services.async.beta.HttpDirectoryServiceAsync;
import com.llamacloud_prod.api.services.async.beta.HttpIndexServiceAsync;
import com.llamacloud_prod.api.services.async.beta.IndexServiceAsync;
import com.llamacloud_prod.api.services.async.beta.HttpRetrievalServiceAsync;
import com.llamacloud_prod.api.services.async.beta.RetrievalServiceAsync;
import java.util.function.Consumer;

/**
 * {@link BetaServiceAsync} over HTTP.
 *
 * <pre>{@code
 * BetaServiceAsync beta = new HttpBetaServiceAsync(clientOptions);
 * }</pre>
 */
public final class HttpBetaServiceAsync implements BetaServiceAsync {

    private final ClientOptions options;
    private final RawResponse raw = new RawResponse();
    private final ChatServiceAsync chat;
    private final DirectoryServiceAsync directories;
    private final IndexServiceAsync indexes;
    private final RetrievalServiceAsync retrieval;

    public HttpBetaServiceAsync(ClientOptions options) {
        this.options = options;
        this.chat = new HttpChatServiceAsync(options);
        this.directories = new HttpDirectoryServiceAsync(options);
        this.indexes = new HttpIndexServiceAsync(options);
        this.retrieval = new HttpRetrievalServiceAsync(options);
    }

    @Override
    public BetaServiceAsync withOptions(Consumer<ClientOptions.Builder> modifier) {
        ClientOptions.Builder builder = options.toBuilder();
        modifier.accept(builder);
        return new HttpBetaServiceAsync(builder.build());
    }

    @Override
    public ChatServiceAsync chat() {
        return chat;
    }

    @Override
    public DirectoryServiceAsync directories() {
        return directories;
    }

    @Override
    public IndexServiceAsync indexes() {
        return indexes;
    }

    @Override
    public RetrievalServiceAsync retrieval() {
        return retrieval;
    }

    @Override
    public BetaServiceAsync.WithRawResponse withRawResponse() {
        return raw;
    }

    /** The calls, each completing with the answer's status and headers. */
    private final class RawResponse implements BetaServiceAsync.WithRawResponse {

        @Override
        public BetaServiceAsync.WithRawResponse withOptions(Consumer<ClientOptions.Builder> modifier) {
            return HttpBetaServiceAsync.this.withOptions(modifier).withRawResponse();
        }

        @Override
        public ChatServiceAsync.WithRawResponse chat() {
            return HttpBetaServiceAsync.this.chat().withRawResponse();
        }

        @Override
        public DirectoryServiceAsync.WithRawResponse directories() {
            return HttpBetaServiceAsync.this.directories().withRawResponse();
        }

        @Override
        public IndexServiceAsync.WithRawResponse indexes() {
            return HttpBetaServiceAsync.this.indexes().withRawResponse();
        }

        @Override
        public RetrievalServiceAsync.WithRawResponse retrieval() {
            return HttpBetaServiceAsync.this.retrieval().withRawResponse();
        }
    }
}
