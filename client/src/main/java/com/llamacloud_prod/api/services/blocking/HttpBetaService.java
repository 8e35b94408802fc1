package com.llamacloud_prod.api.services.blocking;

import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.services.blocking.beta.ChatService;
import com.llamacloud_prod.api.services.blocking.beta.HttpChatService;
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
    private final ChatService chat;

    public HttpBetaService(ClientOptions options) {
        this.options = options;
        this.chat = new HttpChatService(options);
    }

    @Override
    public BetaService withOptions(Consumer<ClientOptions.Builder> modifier) {
        ClientOptions.Builder builder = options.toBuilder();
        modifier.accept(builder);
        return new HttpBetaService(builder.build());
    }

    @Override
    public ChatService chat() {
        return chat;
    }
}
