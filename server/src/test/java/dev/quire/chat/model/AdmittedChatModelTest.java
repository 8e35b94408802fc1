package dev.quire.chat.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quire.admission.Admission;
import dev.quire.admission.Lane;
import dev.quire.common.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The extractive model computing its answer under the chat lane's permit, and sending it after. */
class AdmittedChatModelTest {

    /** A question and the retrieve result the agent's tool gave for it. */
    private static ModelRequest answerable() {
        ObjectNode result = Json.mapper().createObjectNode();
        ObjectNode chunk = result.putArray("results").addObject().put("file_name", "guide.md").put("score", 0.9)
                .put("content", "Refunds are issued within 14 days once the returned item reaches our warehouse.");
        chunk.putObject("static_fields").put("page_range_start", 1).put("page_range_end", 1);
        return new ModelRequest(List.of(new ModelMessage.User("How long do refunds take?"),
                new ModelMessage.Assistant("", List.of(new ToolCall("call_1", "retrieve", Json.mapper().createObjectNode()))),
                new ModelMessage.Tool("call_1", "retrieve", result)), List.of());
    }

    @Test
    void the_answer_reaches_the_listener_after_the_permit_is_released() {
        // One permit and no waiting allowed: a call made while the model still held it would be refused.
        Admission admission = new Admission(new Admission.Settings(1, 0, Duration.ZERO));
        List<String> received = new ArrayList<>();
        List<Integer> freeWhenReceived = new ArrayList<>();
        ModelReply reply = new AdmittedChatModel(new ExtractiveModel(), admission).complete(answerable(), new ModelListener() {
            @Override
            public void textDelta(String text) {
                received.add(text);
                freeWhenReceived.add(admission.call(Lane.RETRIEVE, () -> 1));
            }

            @Override
            public void reasoningDelta(String text) {}
        });

        assertThat(String.join("", received)).isEqualTo(reply.text()).contains("Refunds are issued within 14 days");
        assertThat(freeWhenReceived).isNotEmpty();
    }

    @Test
    void a_turn_that_cannot_get_a_permit_ends_with_a_model_error_saying_the_server_is_busy() throws Exception {
        Admission admission = new Admission(new Admission.Settings(1, 0, Duration.ofSeconds(10)));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> search = other.submit(() -> admission.call(Lane.CHAT, () -> {
                holding.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return 1;
            }));
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
            List<String> received = new ArrayList<>();
            ModelListener listener = new ModelListener() {
                @Override
                public void textDelta(String text) {
                    received.add(text);
                }

                @Override
                public void reasoningDelta(String text) {}
            };

            assertThatThrownBy(() -> new AdmittedChatModel(new ExtractiveModel(), admission).complete(answerable(), listener))
                    .isInstanceOf(ModelException.class).hasMessageContaining("busy");
            assertThat(received).isEmpty();
            release.countDown();
            assertThat(search.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        } finally {
            release.countDown();
            other.shutdownNow();
        }
    }
}
