package com.llamacloud_prod.api.core;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Iterates over the items of every page, fetching pages lazily as iteration reaches them.
 *
 * <pre>{@code
 * for (ChatListResponse session : client.beta().chat().list().autoPager()) {
 *     System.out.println(session.sessionId());
 * }
 * long count = client.beta().chat().list().autoPager().stream().count();
 * }</pre>
 */
public final class AutoPager<T> implements Iterable<T> {

    private final Page<T> firstPage;

    private AutoPager(Page<T> firstPage) {
        this.firstPage = firstPage;
    }

    public static <T> AutoPager<T> from(Page<T> firstPage) {
        return new AutoPager<>(Checks.required("firstPage", firstPage));
    }

    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private Page<T> page = firstPage;
            private Iterator<T> items = firstPage.items().iterator();

            @Override
            public boolean hasNext() {
                while (!items.hasNext() && page.hasNextPage()) {
                    page = page.nextPage();
                    items = page.items().iterator();
                }
                return items.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return items.next();
            }
        };
    }

    public Stream<T> stream() {
        return StreamSupport.stream(spliterator(), false);
    }
}
