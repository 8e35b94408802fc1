package dev.quire.chat.model;

/** The model backend failed; the message is user-facing (it ends up in the turn's stop event). */
public class ModelException extends RuntimeException {
    public ModelException(String message) {
        super(message);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
