package dev.quire.chat;

import java.util.List;

/**
 * Usage and status of a session's most recent run (contract §2.1, §11.4): replaced, not
 * accumulated, after each turn. Token counts are null when the model backend reports none.
 */
public record JobMetadata(
        double durationMs,
        String error,
        List<String> exportConfigIds,
        boolean isError,
        Integer totalInputTokens,
        Integer totalOutputTokens,
        int turns) {}
