package com.llamacloud_prod.api.core.http;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Items delivered asynchronously to one subscriber, in order, then completion.
 *
 * <pre>{@code
 * page.autoPager().subscribe(item -> System.out.println(item));
 * page.autoPager().onCompleteFuture().join();
 * }</pre>
 */
public interface AsyncStreamResponse<T> {

    /** Delivers the items to {@code handler} on the default executor; at most one subscriber. */
    AsyncStreamResponse<T> subscribe(Handler<? super T> handler);

    /** Delivers the items to {@code handler} on {@code executor}; at most one subscriber. */
    AsyncStreamResponse<T> subscribe(Handler<? super T> handler, Executor executor);

    /** Completes when every item was delivered, or exceptionally with the error that ended delivery. */
    CompletableFuture<Void> onCompleteFuture();

    /** Stops delivering; items not yet delivered are dropped. */
    void close();

    /** Receives the items of an {@link AsyncStreamResponse}. */
    interface Handler<T> {

        void onNext(T value);

        /** Called once at the end: empty when all items were delivered, else the error. */
        default void onComplete(Optional<Throwable> error) {}
    }
}
