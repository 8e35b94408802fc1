package com.llamacloud_prod.api.core;

import java.util.List;

/**
 * One page of a paginated list; {@link #nextPage()} fetches the following one.
 *
 * <pre>{@code
 * Page<ChatListResponse> page = client.beta().chat().list();
 * while (true) {
 *     page.items().forEach(System.out::println);
 *     if (!page.hasNextPage()) break;
 *     page = page.nextPage();
 * }
 * }</pre>
 */
public interface Page<T> {

    /** Whether another page follows; decided from this page's data, without a request. */
    boolean hasNextPage();

    /**
     * Requests the following page.
     *
     * @throws IllegalStateException if there is none (check {@link #hasNextPage()} first)
     */
    Page<T> nextPage();

    /** The items of this page, never null. */
    List<T> items();
}
