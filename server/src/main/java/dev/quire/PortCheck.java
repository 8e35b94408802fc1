package dev.quire;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Fails fast with one clear line when the configured port is taken, so a second server does not
 * spend seconds opening the database and loading the embedding model before finding out.
 */
final class PortCheck {
    private PortCheck() {}

    /** Port 0 (any free port) is never taken. A port taken between this check and the real bind still fails. */
    static void requireFree(String host, int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            // Jetty binds with SO_REUSEADDR too, so a port with connections in TIME_WAIT is not reported taken.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new StartupFailure("port " + port + " on " + host + " is already in use (" + e.getMessage() + ")");
        }
    }
}
