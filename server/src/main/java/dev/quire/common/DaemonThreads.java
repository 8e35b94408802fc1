package dev.quire.common;

import java.util.concurrent.ThreadFactory;

/** Named daemon threads for the server's pools, so a stuck worker never keeps the JVM alive. */
public final class DaemonThreads {
    private DaemonThreads() {}

    public static ThreadFactory named(String name) {
        return runnable -> {
            Thread t = new Thread(runnable, name);
            t.setDaemon(true);
            return t;
        };
    }
}
