package dev.quire.chat.model;

/** Receives a reply's increments as they arrive, in order. Called on the model call's thread. */
public interface ModelListener {
    void textDelta(String text);

    void reasoningDelta(String text);

    ModelListener NONE = new ModelListener() {
        @Override
        public void textDelta(String text) {}

        @Override
        public void reasoningDelta(String text) {}
    };
}
