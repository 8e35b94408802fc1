package dev.quire.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.common.Ids;
import dev.quire.errors.ApiException;
import dev.quire.testing.SharedDatabase;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two nodes' key checks on one database: a key revoked on one is refused by the other within the cache bound. */
abstract class KeyRevocationClusterContract {
    private static final String ADMIN = "qk-cluster-admin-key-0123456789abcdefghijklmnop";

    @TempDir
    Path dir;
    private SharedDatabase database;

    abstract SharedDatabase database(Path dir);

    @BeforeEach
    void open() {
        database = database(dir);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private TenancyService node() {
        JdbiTenancyStore store = new JdbiTenancyStore(database.jdbi());
        TenancyService tenancy = new TenancyService(store, store, new ApiKeys(new SecureRandom()), Ids.random(),
                Clock.systemUTC());
        new Bootstrap(store, store, tenancy, Ids.random(), Clock.systemUTC()).run(Optional.of(ADMIN));
        return tenancy;
    }

    @Test
    void a_key_revoked_on_one_node_is_refused_on_the_other_within_the_cache_bound() {
        TenancyService a = node();
        TenancyService b = node();
        ApiKey admin = a.authenticate(Optional.of(ADMIN));
        TenancyService.IssuedKey issued = a.createKey(admin, admin.projectId(), "ci", Role.MEMBER);
        // Both nodes have verified (and cached) the key.
        assertThat(a.authenticate(Optional.of(issued.secret())).id()).isEqualTo(issued.key().id());
        assertThat(b.authenticate(Optional.of(issued.secret())).id()).isEqualTo(issued.key().id());

        a.revokeKey(admin, admin.projectId(), issued.key().id());
        long revoked = System.nanoTime();

        assertThatThrownBy(() -> a.authenticate(Optional.of(issued.secret())))
                .isInstanceOf(ApiException.Unauthorized.class);
        long boundMillis = KeyCache.DEFAULT_TTL_NANOS / 1_000_000;
        while (true) {
            long askedAfterMillis = (System.nanoTime() - revoked) / 1_000_000;
            try {
                b.authenticate(Optional.of(issued.secret()));
            } catch (ApiException.Unauthorized refused) {
                break;
            }
            // Accepted: only allowed for a request made within the bound after the revocation.
            assertThat(askedAfterMillis).as("still accepted on b").isLessThan(boundMillis);
            sleep(50);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
