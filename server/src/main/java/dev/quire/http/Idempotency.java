package dev.quire.http;

import dev.quire.common.Timestamps;
import dev.quire.errors.ApiException;
import dev.quire.errors.FieldError;
import dev.quire.errors.ValidationException;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Honours the {@code Idempotency-Key} header on the POST routes that create something: the first
 * request with a key reserves it and, when it succeeds (2xx), stores its answer; a retry with the same
 * key and the same request (method, path, query, body) gets that answer back, with
 * {@code Idempotent-Replayed: true}, and creates nothing. Keys are per project and kept 24 hours.
 *
 * <ul>
 *   <li>the same key with a different request: 422 (loc {@code ["header", "Idempotency-Key"]});
 *   <li>the same key while the first request is still running: 409;
 *   <li>a first request that failed (4xx, 5xx) stores nothing, so it may be retried.
 * </ul>
 *
 * <p>The answer is stored after the handler's own transaction, not in it. If the process dies in
 * between, the key stays reserved without an answer: retries get 409 until the next start releases
 * such reservations, after which a retry runs the request again (and may create a second object).
 *
 * <pre>{@code
 * router.create("/api/v1/indexes", "Create an index", this::create);   // wraps with idempotency.around
 * }</pre>
 */
public final class Idempotency {
    public static final String HEADER = "Idempotency-Key";
    static final long TTL_MICROS = TimeUnit.HOURS.toMicros(24);
    private static final long SWEEP_EVERY_MICROS = TimeUnit.HOURS.toMicros(1);
    private static final int MAX_KEY_LENGTH = 255;
    private static final Logger LOG = LoggerFactory.getLogger(Idempotency.class);

    private final IdempotencyStore store;
    private final Clock clock;
    private final long maxUploadBytes;
    private final SealedAnswers sealed;
    private final AtomicLong lastSweep = new AtomicLong(Long.MIN_VALUE);

    public Idempotency(IdempotencyStore store, Clock clock, long maxUploadBytes) {
        this.store = store;
        this.clock = clock;
        this.maxUploadBytes = maxUploadBytes;
        this.sealed = new SealedAnswers(new SecureRandom());
    }

    /**
     * Releases the reservations a previous run left without an answer (it crashed or was killed while
     * handling them), so that their retries are not refused for 24 hours. Call once at start.
     */
    public void releaseAbandoned() {
        store.deleteCreatedBefore(Timestamps.nowMicros(clock), true);
    }

    Handler around(Handler handler) {
        return ctx -> {
            String key = ctx.header(HEADER);
            if (key == null) {
                handler.handle(ctx);
            } else {
                handle(ctx, checked(key), handler);
            }
        };
    }

    private void handle(Context ctx, String key, Handler handler) throws Exception {
        String project = RequestScope.of(ctx).projectId();
        String keyHash = SealedAnswers.keyHash(key);
        String requestHash = fingerprint(ctx);
        Optional<IdempotencyStore.Entry> earlier = reserve(project, keyHash, requestHash);
        if (earlier.isPresent()) {
            replay(ctx, key, requestHash, earlier.get());
            return;
        }
        try {
            handler.handle(ctx);
        } catch (Exception | Error e) {
            store.release(project, keyHash);
            throw e;
        }
        if (ctx.statusCode() < 200 || ctx.statusCode() >= 300) {
            store.release(project, keyHash);
            return;
        }
        byte[] answer = answer(ctx);
        try {
            store.complete(project, keyHash, ctx.statusCode(), sealed.seal(key, answer));
        } catch (RuntimeException e) {
            // The object exists: answering 5xx now would invite a retry that creates it again. The key
            // stays reserved (retries get 409) until the next start.
            LOG.warn("could not store the answer for an idempotency key [request_id={}]",
                    ctx.attribute(HttpServer.REQUEST_ID), e);
        }
    }

    /** Empty when this request reserved the key; else the row that was there first. */
    private Optional<IdempotencyStore.Entry> reserve(String project, String keyHash, String requestHash) {
        long now = Timestamps.nowMicros(clock);
        sweepExpired(now);
        for (int attempt = 0; attempt < 3; attempt++) {
            if (store.reserve(project, keyHash, requestHash, now)) {
                return Optional.empty();
            }
            Optional<IdempotencyStore.Entry> found = store.find(project, keyHash);
            if (found.isPresent() && found.get().createdAt() >= now - TTL_MICROS) {
                return found;
            }
            // Expired (or released meanwhile): the key is free again.
            store.deleteCreatedBefore(now - TTL_MICROS, false);
        }
        throw new ApiException.Conflict("The Idempotency-Key is being reused concurrently; retry with a new key");
    }

    private void sweepExpired(long now) {
        long last = lastSweep.get();
        if (now - last >= SWEEP_EVERY_MICROS && lastSweep.compareAndSet(last, now)) {
            store.deleteCreatedBefore(now - TTL_MICROS, false);
        }
    }

    private void replay(Context ctx, String key, String requestHash, IdempotencyStore.Entry earlier) {
        if (!earlier.requestHash().equals(requestHash)) {
            throw ValidationException.of(new FieldError("idempotency_key_reused", List.of("header", HEADER),
                    "This Idempotency-Key was already used for a different request (method, path, query or body); "
                            + "send a new key for a new request", key));
        }
        if (earlier.status().isEmpty()) {
            throw new ApiException.Conflict("A request with this Idempotency-Key is still being processed");
        }
        byte[] answer = sealed.open(key, earlier.sealedResponse().orElse(""));
        ctx.status(earlier.status().get()).header("Idempotent-Replayed", "true");
        if (answer.length > 0) {
            ctx.contentType("application/json").result(answer);
        }
    }

    /** The answer's bytes, put back so that Javalin still sends them. */
    private static byte[] answer(Context ctx) throws IOException {
        InputStream result = ctx.resultInputStream();
        if (result == null) {
            return new byte[0];
        }
        byte[] bytes = result.readAllBytes();
        ctx.result(bytes);
        return bytes;
    }

    /** Method, path, query and body; a multipart body by its parts, so that its boundary does not count. */
    private String fingerprint(Context ctx) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((ctx.method() + " " + ctx.path() + "?" + Optional.ofNullable(ctx.queryString()).orElse("")
                    + "\n").getBytes(StandardCharsets.UTF_8));
            String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
            if (type.startsWith("multipart/form-data")) {
                MultipartForm.read(ctx, maxUploadBytes).digest(digest);
            } else {
                digest.update(ctx.bodyAsBytes());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String checked(String key) {
        boolean printable = key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e);
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !printable) {
            throw ValidationException.of(new FieldError("idempotency_key_invalid", List.of("header", HEADER),
                    "Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " printable ASCII characters", key));
        }
        return key;
    }
}
