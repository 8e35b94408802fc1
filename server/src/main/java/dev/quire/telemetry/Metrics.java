package dev.quire.telemetry;

import java.util.function.IntSupplier;

/**
 * What the server measures. Every label value passed here must come from a small fixed set (route
 * templates, method names, tool names, failure kinds): never an id, a key, a file name or user text,
 * so the number of series stays bounded however the server is used.
 */
public interface Metrics {
    /** One HTTP request, by route template (e.g. {@code /api/v1/chat/{session_id}}), not by path. */
    void httpRequest(String method, String routeTemplate, int status, long nanos);

    /** One file of a sync parsed and chunked. */
    void fileParsed();

    /** One file of a sync that failed; {@code reason} is a {@link FailureKind}. */
    void fileFailed(FailureKind reason);

    /**
     * One call of embedding model {@code model} on {@code texts} texts: chunks of documents, or a search
     * query (with a second model, each chunk and hybrid query is embedded by both, and counted per model).
     */
    void embedded(String model, int texts, boolean query, long nanos);

    /** One retrieval over one index. */
    void retrieved(long nanos);

    /** One chat turn, measured when it ends. */
    void chatTurn(ChatTurn turn);

    /** One tool call: {@code surface} is {@code mcp} or {@code agent}; {@code tool} one of their tool names. */
    void toolCall(String surface, String tool, boolean error, long nanos);

    /** Sync jobs queued and running across the deployment, read at scrape time. */
    void syncJobs(IntSupplier queued, IntSupplier running);

    /** Why a file failed, as a bounded label. */
    enum FailureKind {
        PARSE_ERROR, NO_TEXT, READ_ERROR, INTERNAL_ERROR;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A finished chat turn. {@code firstByteNanos} is the time to its first answer text (negative when it
     * produced none); tokens are null when the model did not report them.
     */
    record ChatTurn(long firstByteNanos, long durationNanos, boolean error, Integer inputTokens,
                    Integer outputTokens) {}

    /** Measures nothing: for tests and tools that build services without a server. */
    Metrics NONE = new Metrics() {
        @Override
        public void httpRequest(String method, String routeTemplate, int status, long nanos) {}

        @Override
        public void fileParsed() {}

        @Override
        public void fileFailed(FailureKind reason) {}

        @Override
        public void embedded(String model, int texts, boolean query, long nanos) {}

        @Override
        public void retrieved(long nanos) {}

        @Override
        public void chatTurn(ChatTurn turn) {}

        @Override
        public void toolCall(String surface, String tool, boolean error, long nanos) {}

        @Override
        public void syncJobs(IntSupplier queued, IntSupplier running) {}
    };
}
