package dev.quire.chat;

import java.util.List;

/** A validated message request: 1-10 distinct index ids (order kept) and a non-empty prompt. */
public record TurnRequest(List<String> indexIds, String prompt, boolean requireAllIndexes) {
    public TurnRequest {
        indexIds = List.copyOf(indexIds);
    }
}
