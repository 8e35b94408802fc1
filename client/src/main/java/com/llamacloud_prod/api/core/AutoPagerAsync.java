package com.llamacloud_prod.api.core;

import com.llamacloud_prod.api.core.http.AsyncStreamResponse;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * The items of every page, fetched page by page without blocking a thread while a page is on its way.
 *
 * <pre>{@code
 * client.async().beta().chat().list()
 *         .thenCompose(page -> page.autoPager().forEach(session -> {
 *             System.out.println(session.sessionId());
 *             return true;                                   // false stops early
 *         }, executor))
 *         .join();
 * }</pre>
 */
public final class AutoPagerAsync<T> implements AsyncStreamResponse<T> {

    private final PageAsync<T> firstPage;
    private final Executor defaultExecutor;
    private final CompletableFuture<Void> onComplete = new CompletableFuture<>();
    private final AtomicBoolean subscribed = new AtomicBoolean();
    private volatile boolean closed;

    private AutoPagerAsync(PageAsync<T> firstPage, Executor defaultExecutor) {
        this.firstPage = firstPage;
        this.defaultExecutor = defaultExecutor;
    }

    public static <T> AutoPagerAsync<T> from(PageAsync<T> firstPage, Executor defaultExecutor) {
        return new AutoPagerAsync<>(Checks.required("firstPage", firstPage), Checks.required("defaultExecutor", defaultExecutor));
    }

    /**
     * Calls {@code action} on {@code executor} for each item, page after page, until it returns false
     * or the last page ends; the future completes then (or with the error of a page request).
     */
    public CompletableFuture<Void> forEach(Function<? super T, Boolean> action, Executor executor) {
        return visit(firstPage, action, executor);
    }

    private CompletableFuture<Void> visit(PageAsync<T> page, Function<? super T, Boolean> action, Executor executor) {
        return CompletableFuture.supplyAsync(() -> {
            for (T item : page.items()) {
                if (closed || !Boolean.TRUE.equals(action.apply(item))) {
                    return false;
                }
            }
            return page.hasNextPage() && !closed;
        }, executor).thenCompose(more -> more
                ? page.nextPage().thenCompose(next -> visit(next, action, executor))
                : CompletableFuture.completedFuture(null));
    }

    @Override
    public AsyncStreamResponse<T> subscribe(Handler<? super T> handler) {
        return subscribe(handler, defaultExecutor);
    }

    @Override
    public AsyncStreamResponse<T> subscribe(Handler<? super T> handler, Executor executor) {
        if (!subscribed.compareAndSet(false, true)) {
            throw new IllegalStateException("Cannot subscribe more than once");
        }
        forEach(item -> {
            handler.onNext(item);
            return true;
        }, executor).whenComplete((ignored, error) -> {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            handler.onComplete(Optional.ofNullable(cause));
            if (cause == null) {
                onComplete.complete(null);
            } else {
                onComplete.completeExceptionally(cause);
            }
        });
        return this;
    }

    @Override
    public CompletableFuture<Void> onCompleteFuture() {
        return onComplete;
    }

    @Override
    public void close() {
        closed = true;
    }
}
