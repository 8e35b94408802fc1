package dev.quire.storage;

import dev.quire.common.Timestamps;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.jdbi.v3.core.Jdbi;

/**
 * Server secrets generated on first start and kept in the database, so that links signed before a
 * restart stay valid. The values are never logged.
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
     * The named 256-bit secret, created on first use. Nodes sharing a database may start together:
     * the first insert wins ({@code on conflict do nothing}, the same on SQLite and PostgreSQL) and
     * every node then reads the winner's secret.
     */
    public byte[] loadOrCreate(String name) {
        return jdbi.withHandle(h -> {
            var existing = h.createQuery("select secret from server_secrets where name = :name")
                    .bind("name", name).mapTo(String.class).findOne();
            if (existing.isEmpty()) {
                byte[] secret = new byte[32];
                random.nextBytes(secret);
                h.createUpdate("insert into server_secrets(name, secret, created_at) values (:name, :secret, :at) "
                                + "on conflict (name) do nothing")
                        .bind("name", name).bind("secret", Base64.getEncoder().encodeToString(secret))
                        .bind("at", Timestamps.nowMicros(clock)).execute();
                existing = h.createQuery("select secret from server_secrets where name = :name")
                        .bind("name", name).mapTo(String.class).findOne();
            }
            return Base64.getDecoder().decode(existing.orElseThrow());
        });
    }
}
