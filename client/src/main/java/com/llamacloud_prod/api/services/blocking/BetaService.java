package com.llamacloud_prod.api.services.blocking;

import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.services.blocking.beta.ChatService;
import java.util.function.Consumer;

/**
 * The beta ("Index V2") APIs. Quire serves chat so far; indexes, retrieval and directories follow.
 *
 * <pre>{@code
 * ChatCreateResponse session = client.beta().chat().create();
 * }</pre>
 */
public interface BetaService {

    /** A view of this service with modified options; this one is not changed. */
    BetaService withOptions(Consumer<ClientOptions.Builder> modifier);

    ChatService chat();
}
