package dev.quire.chat.model;

import dev.quire.admission.Admission;
import dev.quire.admission.Lane;
import dev.quire.errors.ApiException;
import java.util.ArrayList;
import java.util.List;

/**
 * An in-process chat model whose replies are computed while holding a permit of {@link Lane#CHAT}, so a
 * chat turn's whole CPU work (its searches and its answer) counts against the chat lane's share and
 * retrieve calls keep theirs however many turns run.
 *
 * <pre>{@code
 * ChatModel model = new AdmittedChatModel(new ExtractiveModel(), admission);
 * }</pre>
 *
 * <p>The reply's increments are collected while the permit is held and passed on after it is released:
 * sending them writes to the client's connection, and a slow client must not hold a core's permit. Only
 * for models that compute on this machine's cores: a remote model's call waits on the network for
 * seconds and would hold the permit all that time.
 */
public final class AdmittedChatModel implements ChatModel {
    private final ChatModel model;
    private final Admission admission;

    public AdmittedChatModel(ChatModel model, Admission admission) {
        this.model = model;
        this.admission = admission;
    }

    @Override
    public ModelReply complete(ModelRequest request, ModelListener listener) {
        List<Runnable> increments = new ArrayList<>();
        ModelReply reply;
        try {
            reply = admission.call(Lane.CHAT, () -> model.complete(request, new ModelListener() {
                @Override
                public void textDelta(String text) {
                    increments.add(() -> listener.textDelta(text));
                }

                @Override
                public void reasoningDelta(String text) {
                    increments.add(() -> listener.reasoningDelta(text));
                }
            }));
        } catch (ApiException.TooBusy | ApiException.Unavailable e) {
            // The turn ends with this as its stop event's error, as when a remote model is overloaded.
            throw new ModelException(e.getMessage(), e);
        }
        increments.forEach(Runnable::run);
        return reply;
    }
}
