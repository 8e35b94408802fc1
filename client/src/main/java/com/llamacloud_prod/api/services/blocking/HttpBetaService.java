package com.llamacloud_prod.api.services.blocking;

import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.services.blocking.beta.AttachmentService;
import com.llamacloud_prod.api.services.blocking.beta.ChatService;
import com.llamacloud_prod.api.services.blocking.beta.DirectoryService;
import com.llamacloud_prod.api.services.blocking.beta.HttpAttachmentService;
import com.llamacloud_prod.api.services.blocking.beta.HttpChatService;
import com.llamacloud_prod.api.services.blocking.beta.HttpDirectoryService;
import com.llamacloud_prod.api.services.blocking.beta.HttpIndexService;
import com.llamacloud_prod.api.services.blocking.beta.HttpRetrievalService;
import com.llamacloud_prod.api.services.blocking.beta.IndexService;
import com.llamacloud_prod.api.services.blocking.beta.RetrievalService;
import java.util.function.Consumer;

/**
 * {@link BetaService} over HTTP.
 *
 * <pre>{@code
 * BetaService beta = new HttpBetaService(clientOptions);
 * }</pre>
 */
public final class HttpBetaService implements BetaService {

    private final ClientOptions options;
    private final DirectoryService directories;
    private final IndexService indexes;
    private final RetrievalService retrieval;
    private final AttachmentService attachments;
    private final ChatService chat;
    private final RawResponse raw = new RawResponse();

    public HttpBetaService(ClientOptions options) {
        this.options = options;
        this.directories = new HttpDirectoryService(options);
        this.indexes = new HttpIndexService(options);
        this.retrieval = new HttpRetrievalService(options);
        this.attachments = new HttpAttachmentService(options);
        this.chat = new HttpChatService(options);
    }

    @Override
    public BetaService withOptions(Consumer<ClientOptions.Builder> modifier) {
        ClientOptions.Builder builder = options.toBuilder();
        modifier.accept(builder);
        return new HttpBetaService(builder.build());
    }

    @Override
    public DirectoryService directories() {
        return directories;
    }

    @Override
    public IndexService indexes() {
        return indexes;
    }

    @Override
    public RetrievalService retrieval() {
        return retrieval;
    }

    @Override
    public AttachmentService attachments() {
        return attachments;
    }

    @Override
    public ChatService chat() {
        return chat;
    }

    @Override
    public BetaService.WithRawResponse withRawResponse() {
        return raw;
    }

    /** The calls, each returning the answer with its status and headers. */
    private final class RawResponse implements BetaService.WithRawResponse {

        @Override
        public BetaService.WithRawResponse withOptions(Consumer<ClientOptions.Builder> modifier) {
            return HttpBetaService.this.withOptions(modifier).withRawResponse();
        }

        @Override
        public DirectoryService.WithRawResponse directories() {
            return HttpBetaService.this.directories().withRawResponse();
        }

        @Override
        public IndexService.WithRawResponse indexes() {
            return HttpBetaService.this.indexes().withRawResponse();
        }

        @Override
        public RetrievalService.WithRawResponse retrieval() {
            return HttpBetaService.this.retrieval().withRawResponse();
        }

        @Override
        public AttachmentService.WithRawResponse attachments() {
            return HttpBetaService.this.attachments().withRawResponse();
        }

        @Override
        public ChatService.WithRawResponse chat() {
            return HttpBetaService.this.chat().withRawResponse();
        }
    }
}
