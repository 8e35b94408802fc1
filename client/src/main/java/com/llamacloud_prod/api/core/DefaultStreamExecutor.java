package com.llamacloud_prod.api.core;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The default executor of stream callbacks: a cached pool of daemon threads, so a client that
 * never streams asynchronously starts none, and idle threads end after 60 s.
 */
final class DefaultStreamExecutor {

    private DefaultStreamExecutor() {}

    static ExecutorService create() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "llamacloud-stream-handler-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
