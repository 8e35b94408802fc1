package dev.quire.chat.agent;

/**
 * Bounds of one turn: model calls (iterations) and tool calls. Hitting one ends the turn (contract §11.5).
 */
public record AgentLimits(int maxIterations, int maxToolCalls) {
    public AgentLimits {
        if (maxIterations < 1 || maxToolCalls < 0) {
            throw new IllegalArgumentException("agent limits must be positive: " + maxIterations + ", " + maxToolCalls);
        }
    }
}
