package dev.quire.retrieval;

import java.util.List;
import java.util.Map;

/** One retrieve result as the API returns it (contract §8.1). */
public record RetrievalResult(
        String content,
        Map<String, Object> metadata,
        Double score,
        Double rerankScore,
        StaticFields staticFields) {

    /** Built-in fields of a chunk. Offsets are code points into the parsed text. */
    public record StaticFields(
            List<AttachmentRef> attachments,
            int chunkStartChar,
            int chunkEndChar,
            int chunkIndex,
            int chunkTokenCount,
            int pageRangeStart,
            int pageRangeEnd,
            String parsedDirectoryFileId) {}

    /** An attachment of the chunk's pages, fetched through GET /api/v1/beta/attachments/{name}. */
    public record AttachmentRef(String attachmentName, String sourceId, String type) {}

    /** The response body: results, best first. */
    public record Response(List<RetrievalResult> results) {}
}
