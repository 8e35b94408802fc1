package dev.quire.tenancy;

import dev.quire.db.SqlErrors;
import dev.quire.common.Ids;
import dev.quire.common.Timestamps;
import java.time.Clock;
import java.util.Optional;

/**
 * Start-up set-up: a default organization and project, and an admin key. A configured key
 * (QUIRE_API_KEY) is registered by its hash as an admin key of the default project, which is also how
 * an operator recovers from a lost admin key. Without one, a start that finds no live key (the first
 * start, or one after every key was revoked) makes a key and hands it back once.
 */
public final class Bootstrap {
    private final ProjectStore projects;
    private final KeyStore keys;
    private final TenancyService tenancy;
    private final Ids ids;
    private final Clock clock;

    public Bootstrap(ProjectStore projects, KeyStore keys, TenancyService tenancy, Ids ids, Clock clock) {
        this.projects = projects;
        this.keys = keys;
        this.tenancy = tenancy;
        this.ids = ids;
        this.clock = clock;
    }

    /** Returns the secret of a newly generated key, which must be shown once, or empty. */
    public Optional<String> run(Optional<String> configuredKey) {
        Project project = projects.firstDefaultProject().orElseGet(this::createDefaultsOnce);
        if (configuredKey.isPresent()) {
            String secret = configuredKey.get();
            if (tenancy.isRevoked(secret)) {
                // Revocation is final (the key may have leaked): a restart must not bring it back.
                throw new IllegalStateException("QUIRE_API_KEY is a revoked API key: set it to a new value");
            }
            if (tenancy.findKey(secret).isEmpty()) {
                try {
                    tenancy.storeKey(project, secret, "QUIRE_API_KEY", Role.ADMIN);
                } catch (RuntimeException e) {
                    // Another node with the same QUIRE_API_KEY stored it first: the key is there, as wanted.
                    if (!SqlErrors.isUniqueViolation(e)) {
                        throw e;
                    }
                }
            }
            return Optional.empty();
        }
        if (keys.any()) {
            return Optional.empty();
        }
        return Optional.of(tenancy.issueKey(project, "initial admin key", Role.ADMIN).secret());
    }

    /** Creates the defaults, or reads those another node sharing the database created at the same time. */
    private Project createDefaultsOnce() {
        try {
            return createDefaults();
        } catch (RuntimeException e) {
            if (!SqlErrors.isUniqueViolation(e)) {
                throw e;
            }
            return projects.firstDefaultProject().orElseThrow(() -> e);
        }
    }

    private Project createDefaults() {
        long now = Timestamps.nowMicros(clock);
        String org = ids.uuid();
        return projects.createOrganization(org, "Default Organization",
                new Project(ids.uuid(), org, "Default", true, now, now));
    }
}
