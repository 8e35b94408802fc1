package dev.quire;

import dev.quire.chat.ChatRoutes;
import dev.quire.chat.ChatService;
import dev.quire.chat.JdbiSessionStore;
import dev.quire.common.Ids;
import dev.quire.db.Database;
import dev.quire.http.HttpServer;
import dev.quire.tenancy.ApiKeys;
import dev.quire.tenancy.Bootstrap;
import dev.quire.tenancy.JdbiTenancyStore;
import dev.quire.tenancy.ProjectRoutes;
import dev.quire.tenancy.TenancyService;
import java.io.PrintStream;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Wiring only: read the configuration once, build the objects, start HTTP. Tests build a
 * {@link Main} the same way on a random port and a temporary data directory.
 */
public final class Main implements AutoCloseable {
    public static final String VERSION = "0.1.0";

    private final Database database;
    private final HttpServer http;
    private final Optional<String> generatedKey;

    private Main(Database database, HttpServer http, Optional<String> generatedKey) {
        this.database = database;
        this.http = http;
        this.generatedKey = generatedKey;
    }

    public static Main start(Config config, Clock clock) throws Exception {
        Files.createDirectories(config.dataDir());
        Database database = Database.open(config.dataDir());
        try {
            Ids ids = Ids.random();
            JdbiTenancyStore tenancyStore = new JdbiTenancyStore(database.jdbi());
            TenancyService tenancy = new TenancyService(tenancyStore, tenancyStore,
                    new ApiKeys(new SecureRandom()), ids, clock);
            Optional<String> generatedKey = new Bootstrap(tenancyStore, tenancyStore, tenancy, ids, clock)
                    .run(config.apiKey());

            ChatService chat = new ChatService(new JdbiSessionStore(database.jdbi()), ids, clock);

            HttpServer http = new HttpServer(
                    new HttpServer.Settings(config.host(), config.port(), config.maxJsonBytes(), VERSION),
                    tenancy,
                    List.of(new ProjectRoutes(tenancy), new ChatRoutes(chat)));
            http.start();
            return new Main(database, http, generatedKey);
        } catch (Exception | Error e) {
            database.close();
            throw e;
        }
    }

    public int port() {
        return http.port();
    }

    public HttpServer http() {
        return http;
    }

    /** The admin key the first start generated, if it did (shown once, never stored in clear). */
    public Optional<String> generatedKey() {
        return generatedKey;
    }

    @Override
    public void close() {
        http.close();
        database.close();
    }

    public static void main(String[] args) throws Exception {
        Config config = Config.fromEnvironment(System.getenv());
        Main main = start(config, Clock.systemUTC());
        Runtime.getRuntime().addShutdownHook(new Thread(main::close, "quire-shutdown"));
        PrintStream out = System.out;
        main.generatedKey().ifPresent(key -> {
            out.println("Created an admin API key for the default project. It is shown only this once:");
            out.println();
            out.println("    " + key);
            out.println();
            out.println("Use it as: Authorization: Bearer <key>   (or LLAMA_CLOUD_API_KEY for the SDKs)");
        });
        out.println("Quire listening on http://" + config.host() + ":" + main.port() + " (data: " + config.dataDir() + ")");
        out.flush();
    }
}
