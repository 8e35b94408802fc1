package dev.quire.storage;

import dev.quire.common.Timestamps;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.jdbi.v3.core.Jdbi;

/**
 * Server secrets generated on first start and kept in the database, so that links signed before a
 * restart stay valid, and so that every node sharing the database signs and verifies with the same
 * secret. The values are never logged.
 */
public final class JdbiSecrets {
    private final Jdbi jdbi;
    private final SecureRandom random;
    private final Clock clock;

    public JdbiSecrets(Jdbi jdbi, SecureRandom random, Clock clock) {
        this.jdbi = jdbi;
        this.random = random;
        this.clock = clock;
    }

    /**
     * The named 256-bit secret, created on first use. Nodes starting together against one database
     * race to create it: each offers its own, the first insert wins, and every node reads the winner.
     */
    public byte[] loadOrCreate(String name) {
        return jdbi.withHandle(h -> {
            var existing = select(h, name);
            if (existing.isPresent()) {
                return Base64.getDecoder().decode(existing.get());
            }
            byte[] offered = new byte[32];
            random.nextBytes(offered);
            // Standard in PostgreSQL and SQLite: a concurrent insert of the same name is not an error.
            h.createUpdate("insert into server_secrets(name, secret, created_at) values (:name, :secret, :at) "
                            + "on conflict (name) do nothing")
                    .bind("name", name).bind("secret", Base64.getEncoder().encodeToString(offered))
                    .bind("at", Timestamps.nowMicros(clock)).execute();
            return Base64.getDecoder().decode(select(h, name).orElseThrow());
        });
    }

    private static java.util.Optional<String> select(org.jdbi.v3.core.Handle h, String name) {
        return h.createQuery("select secret from server_secrets where name = :name")
                .bind("name", name).mapTo(String.class).findOne();
    }
}
