package dev.quire.http;

/** A feature's routes. Each feature's {@code *Routes} class implements this and lists its table first. */
public interface RouteGroup {
    void register(Router router);
}
