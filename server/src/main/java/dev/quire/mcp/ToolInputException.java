package dev.quire.mcp;

/** A tool argument that does not match its schema: answered as a tool error the model can correct. */
final class ToolInputException extends RuntimeException {
    ToolInputException(String message) {
        super(message);
    }
}
