package com.llamacloud_prod.api.core;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One page of a paginated list whose next page is fetched asynchronously.
 *
 * <pre>{@code
 * client.async().beta().chat().list().thenAccept(page -> page.items().forEach(System.out::println));
 * }</pre>
 */
public interface PageAsync<T> {

    /** Whether another page follows; decided from this page's data, without a request. */
    boolean hasNextPage();

    /**
     * Requests the following page.
     *
     * @throws IllegalStateException if there is none (check {@link #hasNextPage()} first)
     */
    CompletableFuture<? extends PageAsync<T>> nextPage();

    /** The items of this page, never null. */
    List<T> items();
}
