package dev.quire.chat;

import java.util.List;
import java.util.Optional;

/**
 * A stored chat session. {@code indexIds} is empty for an unbound session; {@code locked} becomes
 * true with the first message. Times are epoch microseconds.
 */
public record ChatSession(
        String id,
        String projectId,
        Optional<List<String>> indexIds,
        Optional<String> generatedTitle,
        Optional<JobMetadata> jobMetadata,
        String sharedAccess,
        boolean locked,
        long createdAt,
        long lastUpdatedAt,
        Optional<Long> deletedAt) {

    public ChatSession {
        indexIds = indexIds.map(List::copyOf);
    }

    public boolean deleted() {
        return deletedAt.isPresent();
    }
}
