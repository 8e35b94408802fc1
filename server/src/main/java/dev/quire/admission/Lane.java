package dev.quire.admission;

/**
 * Who is asking for capacity. Each lane has its own FIFO queue and a share of the capacity in
 * proportion to its weight while several lanes wait, so many chat turns cannot crowd out retrieve
 * calls, and bulk ingest runs in what queries leave over without being starved.
 */
public enum Lane {
    /** Retrieve calls of the API and of MCP clients: a caller waits on each one. */
    RETRIEVE(4, true),
    /** Chat turns: their agents' searches and an in-process model's answers. */
    CHAT(4, true),
    /** Embedding of chunks while syncing an index: throughput work, never refused. */
    INGEST(1, false);

    private final int weight;
    private final boolean interactive;

    Lane(int weight, boolean interactive) {
        this.weight = weight;
        this.interactive = interactive;
    }

    int weight() {
        return weight;
    }

    /** Interactive work is refused (503) when its queue is full or it waited too long; ingest waits. */
    boolean interactive() {
        return interactive;
    }
}
