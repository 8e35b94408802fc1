package dev.quire.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.errors.ApiException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AdmissionTest {
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch releaseHolder = new CountDownLatch(1);

    @AfterEach
    void stop() {
        releaseHolder.countDown();
        threads.shutdownNow();
    }

    @Test
    void never_runs_more_than_its_permits_at_once() throws Exception {
        Admission admission = new Admission(new Admission.Settings(2, 100, Duration.ofSeconds(30)));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Future<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Lane lane = Lane.values()[i % 3];
            calls.add(threads.submit(() -> admission.call(lane, () -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                sleep(20);
                running.decrementAndGet();
                return 1;
            })));
        }
        for (Future<Integer> call : calls) {
            assertThat(call.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        }
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void admits_the_waiters_of_a_lane_in_arrival_order() throws Exception {
        Admission admission = new Admission(new Admission.Settings(1, 100, Duration.ofSeconds(30)));
        hold(admission, Lane.CHAT);
        List<String> admitted = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(queue(admission, Lane.CHAT, "chat-" + i, admitted, i + 1));
        }
        releaseHolder.countDown();
        for (Future<?> call : calls) {
            call.get(10, TimeUnit.SECONDS);
        }
        assertThat(admitted).containsExactly("chat-0", "chat-1", "chat-2", "chat-3", "chat-4", "chat-5");
    }

    @Test
    void a_retrieve_call_does_not_wait_behind_every_queued_chat_search() throws Exception {
        Admission admission = new Admission(new Admission.Settings(1, 100, Duration.ofSeconds(30)));
        hold(admission, Lane.CHAT);
        List<String> admitted = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            calls.add(queue(admission, Lane.CHAT, "chat-" + i, admitted, i + 1));
        }
        calls.add(queue(admission, Lane.RETRIEVE, "retrieve", admitted, 1));
        releaseHolder.countDown();
        for (Future<?> call : calls) {
            call.get(10, TimeUnit.SECONDS);
        }
        // The chat lane has used the capacity so far, so the retrieve call, last to arrive, goes first.
        assertThat(admitted.get(0)).isEqualTo("retrieve");
        assertThat(admitted.subList(1, 6)).containsExactly("chat-0", "chat-1", "chat-2", "chat-3", "chat-4");
    }

    @Test
    void ingest_gets_a_quarter_of_a_query_lanes_share_while_queries_wait_but_is_not_starved() throws Exception {
        AtomicLong clock = new AtomicLong();
        Admission admission = new Admission(new Admission.Settings(1, 100, Duration.ofSeconds(30)), clock::get);
        hold(admission, Lane.RETRIEVE);
        List<String> admitted = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            calls.add(queue(admission, Lane.INGEST, "I", admitted, i + 1, clock));
        }
        for (int i = 0; i < 6; i++) {
            calls.add(queue(admission, Lane.CHAT, "C", admitted, i + 1, clock));
        }
        releaseHolder.countDown();
        for (Future<?> call : calls) {
            call.get(10, TimeUnit.SECONDS);
        }
        // Every item takes 10 ms; a chat search is charged 2.5 ms of its lane's time, an ingest text 10.
        assertThat(String.join("", admitted)).isEqualTo("CICCCCICI");
    }

    @Test
    void refuses_with_503_when_a_request_waited_longer_than_allowed_and_leaks_no_permit() throws Exception {
        Admission admission = new Admission(new Admission.Settings(1, 100, Duration.ofMillis(50)));
        hold(admission, Lane.CHAT);
        long started = System.nanoTime();
        assertThatThrownBy(() -> admission.call(Lane.RETRIEVE, () -> 1))
                .isInstanceOfSatisfying(ApiException.TooBusy.class, e -> {
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.detail()).isEqualTo("Server is busy: waited 50 ms for search capacity; retry shortly");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
        assertThat(admission.waiting(Lane.RETRIEVE)).isZero();
        releaseHolder.countDown();
        assertThat(threads.submit(() -> admission.call(Lane.RETRIEVE, () -> 7)).get(10, TimeUnit.SECONDS)).isEqualTo(7);
    }

    @Test
    void refuses_at_once_when_the_lanes_queue_is_full_but_other_lanes_still_queue() throws Exception {
        Admission admission = new Admission(new Admission.Settings(1, 1, Duration.ofSeconds(30)));
        hold(admission, Lane.CHAT);
        List<String> admitted = Collections.synchronizedList(new ArrayList<>());
        Future<?> first = queue(admission, Lane.RETRIEVE, "first", admitted, 1);
        long started = System.nanoTime();
        assertThatThrownBy(() -> admission.call(Lane.RETRIEVE, () -> 1))
                .isInstanceOfSatisfying(ApiException.TooBusy.class, e -> assertThat(e.detail())
                        .isEqualTo("Server is busy: 1 retrieve requests are already waiting for search capacity; "
                                + "retry shortly"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        Future<?> chat = queue(admission, Lane.CHAT, "chat", admitted, 1);
        releaseHolder.countDown();
        first.get(10, TimeUnit.SECONDS);
        chat.get(10, TimeUnit.SECONDS);
        assertThat(admitted).containsExactlyInAnyOrder("first", "chat");
    }

    @Test
    void ingest_waits_as_long_as_it_takes_instead_of_being_refused() throws Exception {
        Admission admission = new Admission(new Admission.Settings(1, 0, Duration.ofMillis(10)));
        hold(admission, Lane.RETRIEVE);
        Future<Integer> ingest = threads.submit(() -> admission.call(Lane.INGEST, () -> 3));
        awaitWaiting(admission, Lane.INGEST, 1);
        sleep(100);
        assertThat(ingest.isDone()).isFalse();
        releaseHolder.countDown();
        assertThat(ingest.get(10, TimeUnit.SECONDS)).isEqualTo(3);
    }

    @Test
    void settings_name_the_bad_value() {
        assertThatThrownBy(() -> new Admission.Settings(0, 1, Duration.ofSeconds(1)))
                .hasMessage("permits must be positive: 0");
        assertThatThrownBy(() -> new Admission.Settings(1, -1, Duration.ofSeconds(1)))
                .hasMessage("maxQueued must not be negative: -1");
    }

    /** Takes a permit in another thread and keeps it until {@link #releaseHolder}. */
    private void hold(Admission admission, Lane lane) throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        threads.submit(() -> admission.call(lane, () -> {
            holding.countDown();
            try {
                return releaseHolder.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }));
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
    }

    private Future<?> queue(Admission admission, Lane lane, String name, List<String> admitted, int waitingAfter)
            throws InterruptedException {
        return queue(admission, lane, name, admitted, waitingAfter, new AtomicLong());
    }

    /** Starts a call and returns once it waits in its lane; when admitted it records {@code name} and advances {@code clock} by 10 ms. */
    private Future<?> queue(Admission admission, Lane lane, String name, List<String> admitted, int waitingAfter,
                            AtomicLong clock) throws InterruptedException {
        Future<?> call = threads.submit(() -> admission.call(lane, () -> {
            admitted.add(name);
            return clock.addAndGet(10_000_000);
        }));
        awaitWaiting(admission, lane, waitingAfter);
        return call;
    }

    private static void awaitWaiting(Admission admission, Lane lane, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (admission.waiting(lane) < count) {
            assertThat(System.nanoTime()).as("waiting for %s queued %s calls", count, lane).isLessThan(deadline);
            Thread.sleep(1);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
