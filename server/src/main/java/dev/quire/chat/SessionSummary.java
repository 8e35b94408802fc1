package dev.quire.chat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.common.Timestamps;
import java.util.List;

/** The wire shape of a session (contract §10): the summary, and the full form with its events. */
public record SessionSummary(
        String sessionId,
        String lastUpdatedAt,
        String generatedTitle,
        List<String> indexIds,
        JobMetadata jobMetadata,
        String sharedAccess) {

    static SessionSummary of(ChatSession s) {
        return new SessionSummary(s.id(), Timestamps.format(s.lastUpdatedAt()),
                s.generatedTitle().orElse(null), s.indexIds().orElse(null),
                s.jobMetadata().orElse(null), s.sharedAccess());
    }

    /** GET /api/v1/chat/{id}: the summary plus the ordered message events. */
    public record Full(
            String sessionId,
            String lastUpdatedAt,
            String generatedTitle,
            List<String> indexIds,
            JobMetadata jobMetadata,
            String sharedAccess,
            List<JsonNode> events) {

        static Full of(ChatSession s, List<JsonNode> events) {
            SessionSummary sum = SessionSummary.of(s);
            return new Full(sum.sessionId(), sum.lastUpdatedAt(), sum.generatedTitle(), sum.indexIds(),
                    sum.jobMetadata(), sum.sharedAccess(), List.copyOf(events));
        }
    }
}
