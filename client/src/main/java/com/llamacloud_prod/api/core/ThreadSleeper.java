package com.llamacloud_prod.api.core;

import com.llamacloud_prod.api.errors.LlamaCloudException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The default {@link Sleeper}: {@link Thread#sleep} and a delayed executor (no thread of its own). */
final class ThreadSleeper implements Sleeper {

    @Override
    public void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlamaCloudException("interrupted while waiting to retry", e);
        }
    }

    @Override
    public CompletableFuture<Void> sleepAsync(Duration duration) {
        return CompletableFuture.runAsync(() -> { },
                CompletableFuture.delayedExecutor(duration.toNanos(), TimeUnit.NANOSECONDS));
    }

    @Override
    public void close() {}
}
