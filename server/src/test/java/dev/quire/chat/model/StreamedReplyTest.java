package dev.quire.chat.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chunk assembly quirks of providers that the scripted server does not imitate. */
class StreamedReplyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ModelRequest EMPTY = new ModelRequest(List.of(), List.of());

    private static ModelReply assemble(String... chunks) {
        StreamedReply reply = new StreamedReply(ModelListener.NONE);
        for (String chunk : chunks) {
            reply.accept(json(chunk));
        }
        return reply.finish(EMPTY, text -> text.length());
    }

    @Test
    void tells_tool_calls_apart_by_id_when_the_provider_sends_no_index() {
        ModelReply reply = assemble(
                "{\"choices\":[{\"delta\":{\"tool_calls\":[{\"id\":\"a\",\"function\":{\"name\":\"read\",\"arguments\":\"{\\\"id\\\":\"}}]}}]}",
                "{\"choices\":[{\"delta\":{\"tool_calls\":[{\"function\":{\"arguments\":\"1}\"}}]}}]}",
                "{\"choices\":[{\"delta\":{\"tool_calls\":[{\"id\":\"b\",\"function\":{\"name\":\"read\",\"arguments\":\"{\\\"id\\\":2}\"}}]}}]}");

        assertThat(reply.toolCalls()).containsExactly(
                new ToolCall("a", "read", json("{\"id\":1}")), new ToolCall("b", "read", json("{\"id\":2}")));
    }

    @Test
    void keeps_a_name_repeated_in_every_fragment_once_and_names_calls_without_id() {
        ModelReply reply = assemble(
                "{\"choices\":[{\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"name\":\"grep\",\"arguments\":\"{\\\"pattern\\\"\"}}]}}]}",
                "{\"choices\":[{\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"name\":\"grep\",\"arguments\":\":\\\"x\\\"}\"}}]}}]}");

        assertThat(reply.toolCalls()).containsExactly(new ToolCall("call_0", "grep", json("{\"pattern\":\"x\"}")));
    }

    @Test
    void reads_arguments_sent_as_an_object_or_double_encoded() {
        assertThat(StreamedReply.parseArguments("\"{\\\"q\\\": 1}\"")).isEqualTo(json("{\"q\":1}"));
        assertThat(StreamedReply.parseArguments("")).isEqualTo(json("{}"));
        assertThat(StreamedReply.parseArguments("[1]")).isEqualTo(json("{\"_raw\":\"[1]\"}"));
        ModelReply reply = assemble(
                "{\"choices\":[{\"delta\":{\"tool_calls\":[{\"index\":0,\"id\":\"c\",\"function\":{\"name\":\"f\",\"arguments\":{\"q\":2}}}]}}]}");
        assertThat(reply.toolCalls().get(0).arguments()).isEqualTo(json("{\"q\":2}"));
    }

    @Test
    void prefers_reasoning_content_when_a_provider_sends_both_fields() {
        ModelReply reply = assemble("{\"choices\":[{\"delta\":{\"reasoning_content\":\"x\",\"reasoning\":\"x\"}}]}");

        assertThat(reply.reasoning()).isEqualTo("x");
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
