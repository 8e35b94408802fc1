package dev.quire.db;

import dev.quire.common.ConfigurationError;
import java.util.Map;
import java.util.Optional;

/**
 * Which database Quire keeps its metadata in: the embedded SQLite file in the data directory
 * (the default), or a shared PostgreSQL database that several nodes use at once.
 *
 * <pre>{@code
 * DatabaseSettings settings = DatabaseSettings.fromEnvironment(System.getenv());
 * try (Database db = Database.open(settings, dataDir)) { ... }
 * }</pre>
 *
 * @param postgresUrl a {@code jdbc:postgresql://} URL, or empty for the embedded database
 * @param user the PostgreSQL user, or empty to let the driver decide (URL parameter, OS user)
 * @param password the PostgreSQL password; never logged and never part of {@link #toString()}
 */
public record DatabaseSettings(Optional<String> postgresUrl, Optional<String> user, Optional<String> password) {
    public static final String URL = "QUIRE_DATABASE_URL";
    public static final String USER = "QUIRE_DATABASE_USER";
    public static final String PASSWORD = "QUIRE_DATABASE_PASSWORD";
    private static final String POSTGRES_PREFIX = "jdbc:postgresql://";

    public DatabaseSettings {
        postgresUrl.ifPresent(url -> {
            if (!url.startsWith(POSTGRES_PREFIX)) {
                throw new ConfigurationError(URL + " must be a PostgreSQL URL such as "
                        + "jdbc:postgresql://db:5432/quire (unset it for the embedded database), not "
                        + redact(url));
            }
        });
        if (postgresUrl.isEmpty() && (user.isPresent() || password.isPresent())) {
            throw new ConfigurationError((user.isPresent() ? USER : PASSWORD) + " is set but " + URL
                    + " is not: set " + URL + " to use PostgreSQL, or unset both for the embedded database");
        }
    }

    /** The embedded SQLite database in the data directory. */
    public static final DatabaseSettings EMBEDDED =
            new DatabaseSettings(Optional.empty(), Optional.empty(), Optional.empty());

    public static DatabaseSettings postgres(String url, String user, String password) {
        return new DatabaseSettings(Optional.of(url), Optional.ofNullable(user), Optional.ofNullable(password));
    }

    /** Reads {@code QUIRE_DATABASE_URL}, {@code _USER} and {@code _PASSWORD}; blank counts as unset. */
    public static DatabaseSettings fromEnvironment(Map<String, String> env) {
        return new DatabaseSettings(value(env, URL), value(env, USER), value(env, PASSWORD));
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    public boolean embedded() {
        return postgresUrl.isEmpty();
    }

    /** The URL with any password it carries masked, fit for logs and error messages. */
    public String safeUrl() {
        return postgresUrl.map(DatabaseSettings::redact).orElse("embedded");
    }

    /**
     * Masks a password given in the URL itself ({@code ?password=...} or {@code user:secret@host}),
     * which the driver accepts too.
     */
    static String redact(String url) {
        return url.replaceAll("(?i)([?&;]password=)[^&;]*", "$1***")
                .replaceAll("^([a-z:]*//[^/@:]*):[^/@]*@", "$1:***@");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + (embedded() ? "embedded" : "postgresql " + safeUrl()
                + user.map(u -> ", user " + u).orElse("") + (password.isPresent() ? ", password ***" : "")) + "]";
    }
}
