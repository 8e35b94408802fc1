package com.llamacloud_prod.api.core;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Waits between retries. Replace it in tests to retry without waiting:
 *
 * <pre>{@code
 * List<Duration> waits = new ArrayList<>();
 * LlamaCloudOkHttpClient.builder().sleeper(new Sleeper() {
 *     public void sleep(Duration d) { waits.add(d); }
 *     public CompletableFuture<Void> sleepAsync(Duration d) { waits.add(d); return CompletableFuture.completedFuture(null); }
 *     public void close() {}
 * });
 * }</pre>
 */
public interface Sleeper extends AutoCloseable {

    /** Blocks the calling thread for {@code duration}. */
    void sleep(Duration duration);

    /** Completes after {@code duration} without blocking the caller. */
    CompletableFuture<Void> sleepAsync(Duration duration);

    /** Releases the sleeper's threads, if any; without a checked exception. */
    @Override
    void close();
}
