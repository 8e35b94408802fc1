package dev.quire.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The console's files on the class path, read once and kept in memory (the whole console is a few
 * hundred KB). Only flat names of the build's assets/ folder are looked up, so a request can never
 * reach another class-path resource.
 */
public final class ConsoleAssets {
    static final String ROOT = "dev/quire/console/";
    private static final Pattern ASSET_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,200}");
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "woff2", "font/woff2",
            "ico", "image/x-icon");

    /** A file to send: its bytes and Content-Type. */
    public record Asset(byte[] bytes, String contentType) {}

    private final ClassLoader loader;
    private final Map<String, Optional<Asset>> cache = new ConcurrentHashMap<>();

    public ConsoleAssets(ClassLoader loader) {
        this.loader = loader;
    }

    /** The console's index.html, if the console was built into this server. */
    public Optional<Asset> index() {
        return cache.computeIfAbsent("index.html", n -> read(ROOT + n, "text/html; charset=utf-8"));
    }

    /** A hashed file under assets/, by its bare name; empty for unknown or unsafe names and types. */
    public Optional<Asset> asset(String name) {
        if (!ASSET_NAME.matcher(name).matches() || name.contains("..")) {
            return Optional.empty();
        }
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        if (type == null) {
            return Optional.empty();
        }
        // Only names that exist are cached, so random requests cannot grow the map.
        Optional<Asset> found = cache.get(name);
        if (found != null) {
            return found;
        }
        Optional<Asset> read = read(ROOT + "assets/" + name, type);
        read.ifPresent(a -> cache.put(name, read));
        return read;
    }

    private Optional<Asset> read(String resource, String contentType) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new Asset(in.readAllBytes(), contentType));
        } catch (IOException e) {
            throw new UncheckedIOException("reading console resource " + resource, e);
        }
    }
}
