package scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.llamacloud_prod.api.core.JsonField;
import com.llamacloud_prod.api.core.JsonMissing;
import com.llamacloud_prod.api.core.JsonValue;
import com.llamacloud_prod.api.core.ObjectMappers;
import com.llamacloud_prod.api.errors.LlamaCloudInvalidDataException;
import com.llamacloud_prod.api.models.beta.chat.ChatRetrieveResponse;
import com.llamacloud_prod.api.models.beta.indexes.IndexGetResponse;
import com.llamacloud_prod.api.models.beta.indexes.VectorTarget;
import com.llamacloud_prod.api.models.beta.retrieval.Scope;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Code written against the classes generated from fixture-openapi.json, the way the official SDK's
 * model tests use its models. Compiled with the generated sources by GeneratedModelsTest, which
 * calls each public static method; a failed check throws AssertionError.
 */
public final class FixtureScenarios {
    private FixtureScenarios() {}

    static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }

    static void checkEquals(Object expected, Object actual, String what) {
        check(java.util.Objects.equals(expected, actual), what + ": expected <" + expected + "> but was <" + actual + ">");
    }

    static void checkThrows(Class<? extends Throwable> type, Runnable r, String what) {
        try {
            r.run();
        } catch (Throwable t) {
            check(type.isInstance(t), what + ": threw " + t);
            return;
        }
        throw new AssertionError(what + ": did not throw " + type.getSimpleName());
    }

    static IndexGetResponse index() {
        return IndexGetResponse.builder()
                .id("idx-1")
                .name("docs")
                .count(3L)
                .enabled(true)
                .score(0.5)
                .createdAt(OffsetDateTime.parse("2026-12-07T10:00:00Z"))
                .metadata(IndexGetResponse.Metadata.builder()
                        .status(IndexGetResponse.Metadata.Status.READY)
                        .numChunks(12L)
                        .build())
                .userMetadata(IndexGetResponse.UserMetadata.builder()
                        .putAdditionalProperty("team", JsonValue.from("a"))
                        .build())
                .raw(JsonValue.from(Map.of("k", List.of(1, 2))))
                .scope(Scope.builder().kind(Scope.Kind.INDEX).build())
                .addTag(Scope.builder().kind(Scope.Kind.DIRECTORY).build())
                .addData(1L)
                .addData(2L)
                .build();
    }

    public static void builderSetsGetters() {
        IndexGetResponse index = index();
        checkEquals("idx-1", index.id(), "id");
        checkEquals(3L, index.count(), "count (a primitive long)");
        check(index.enabled(), "enabled");
        checkEquals(Optional.of(0.5), index.score(), "score");
        checkEquals(Optional.of(OffsetDateTime.parse("2026-12-07T10:00:00Z")), index.createdAt(), "createdAt");
        checkEquals(IndexGetResponse.Metadata.Status.READY, index.metadata().orElseThrow().status().orElseThrow(), "status");
        checkEquals(JsonValue.from("a"), index.userMetadata().orElseThrow()._additionalProperties().get("team"), "user metadata");
        checkEquals(JsonValue.from(Map.of("k", List.of(1, 2))), index._raw(), "raw JSON");
        checkEquals(Scope.Kind.DIRECTORY, index.tags().orElseThrow().get(0).kind(), "tags");
        checkEquals(List.of(1L, 2L), index.data().orElseThrow(), "addData (a name without a singular)");
        checkEquals(index, index.toBuilder().build(), "toBuilder().build()");
        checkEquals("other", index.toBuilder().name("other").build().name(), "toBuilder().name()");
        checkEquals("docs", index.name(), "the original is unchanged");
        index.validate();
        check(index.isValid(), "isValid");
    }

    public static void buildFailsWithoutRequiredField() {
        checkThrows(IllegalStateException.class, () -> IndexGetResponse.builder().id("x").build(), "build()");
        checkThrows(IllegalStateException.class, () -> ChatRetrieveResponse.builder().sessionId("s").build(), "build()");
    }

    public static void jsonRoundTrip() throws Exception {
        IndexGetResponse index = index();
        String json = ObjectMappers.jsonMapper().writeValueAsString(index);
        IndexGetResponse back = ObjectMappers.jsonMapper().readValue(json, IndexGetResponse.class);
        checkEquals(index, back, "round trip");
        JsonNode tree = ObjectMappers.jsonMapper().readTree(json);
        checkEquals("idx-1", tree.get("id").asText(), "snake_case key");
        checkEquals("ready", tree.get("metadata").get("status").asText(), "enum as its string");
        check(!tree.has("validated") && !tree.has("valid") && !tree.has("description"), "only fields: " + json);
    }

    public static void readsResponseJsonAndKeepsUnknownKeys() throws Exception {
        String json = "{\"events\":[{\"type\":\"text\",\"content\":\"hi\"},"
                + "{\"type\":\"stop\",\"is_error\":false,\"usage\":{\"turns\":2,\"duration_ms\":null},\"error\":null},"
                + "{\"type\":\"brand_new\",\"x\":1}],"
                + "\"last_updated_at\":\"2026-12-07T10:00:00\",\"session_id\":\"ses-1\",\"generated_title\":null,"
                + "\"job_metadata\":{\"is_error\":false,\"total_input_tokens\":7},\"shared_access\":\"read_only\"}";
        ChatRetrieveResponse chat = ObjectMappers.jsonMapper().readValue(json, ChatRetrieveResponse.class);
        checkEquals("ses-1", chat.sessionId(), "sessionId");
        checkEquals(Optional.empty(), chat.generatedTitle(), "null title");
        check(chat._generatedTitle().isNull(), "_generatedTitle is JsonNull");
        check(chat._indexIds().isMissing(), "_indexIds is JsonMissing");
        checkEquals(Optional.of(7L), chat.jobMetadata().orElseThrow().totalInputTokens(), "tokens");
        checkEquals(JsonValue.from("read_only"), chat._additionalProperties().get("shared_access"), "unknown key kept");
        List<ChatRetrieveResponse.Event> events = chat.events();
        checkEquals("hi", events.get(0).asText().content(), "text event");
        check(events.get(1).isStop(), "stop event");
        checkEquals(2L, events.get(1).asStop().usage().turns().orElseThrow(), "usage.turns");
        checkEquals(Optional.empty(), events.get(1).asStop().error(), "stop.error");
        check(!events.get(2).isText() && !events.get(2).isStop(), "unknown event type");
        check(events.get(2).isUnknown() && !events.get(0).isUnknown(), "isUnknown()");
        checkEquals(Optional.of("brand_new"), events.get(2).type(), "type() of an unknown event");
        checkEquals(Optional.of("stop"), events.get(1).type(), "type() of a stop event");
        checkEquals(JsonValue.from(Map.of("type", "brand_new", "x", 1)), events.get(2)._json().orElseThrow(), "unknown event JSON");
        check(!chat.isValid(), "an unknown event makes the session invalid");
        checkThrows(LlamaCloudInvalidDataException.class, chat::validate, "validate()");
        String visited = events.get(0).accept(new ChatRetrieveResponse.Event.Visitor<String>() {
            @Override public String visitText(ChatRetrieveResponse.Event.Text text) { return "text:" + text.content(); }
            @Override public String visitStop(ChatRetrieveResponse.Event.Stop stop) { return "stop"; }
        });
        checkEquals("text:hi", visited, "visitor");
        checkEquals(ObjectMappers.jsonMapper().readTree(json),
                ObjectMappers.jsonMapper().readTree(ObjectMappers.jsonMapper().writeValueAsString(chat)), "JSON written back as read");
    }

    public static void unexpectedTypeFailsOnlyItsAccessor() throws Exception {
        String json = "{\"id\":5,\"name\":\"docs\",\"count\":\"3\",\"enabled\":true}";
        IndexGetResponse index = ObjectMappers.jsonMapper().readValue(json, IndexGetResponse.class);
        checkEquals("docs", index.name(), "name still reads");
        checkEquals(JsonValue.from(5), index._id(), "raw id");
        checkThrows(LlamaCloudInvalidDataException.class, index::id, "id()");
        checkThrows(LlamaCloudInvalidDataException.class, index::count, "count() from a string");
        check(!index.isValid(), "isValid");
        IndexGetResponse missing = ObjectMappers.jsonMapper().readValue("{\"name\":\"docs\"}", IndexGetResponse.class);
        checkThrows(LlamaCloudInvalidDataException.class, missing::id, "missing id");
        checkThrows(LlamaCloudInvalidDataException.class, missing::validate, "validate() on a missing field");
    }

    public static void rawFieldSetters() {
        IndexGetResponse index = index().toBuilder()
                .name(JsonValue.from(42))
                .score(JsonMissing.of())
                .build();
        checkEquals(JsonValue.from(42), index._name(), "_name");
        checkEquals(Optional.empty(), index.score(), "missing score");
        check(!index.isValid(), "a number as name is invalid");
        IndexGetResponse.Builder b = IndexGetResponse.builder();
        b.additionalProperties(Map.of("a", JsonValue.from(1), "b", JsonValue.from(2)))
                .putAllAdditionalProperties(Map.of("c", JsonValue.from(3)))
                .removeAdditionalProperty("a")
                .removeAllAdditionalProperties(java.util.Set.of("b"));
        IndexGetResponse built = b.id("i").name("n").count(1).enabled(false).build();
        checkEquals(Map.of("c", JsonValue.from(3)), built._additionalProperties(), "additional properties");
        JsonField<String> known = built._id();
        checkEquals(Optional.of("i"), known.asKnown(), "asKnown");
    }

    public static void knownValuesWithUnknownFallback() throws Exception {
        checkEquals(VectorTarget.Value.HYBRID_V2, VectorTarget.of("hybrid-v2").value(), "value()");
        checkEquals(VectorTarget.Known.DENSE, VectorTarget.DENSE.known(), "known()");
        checkEquals("sparse", VectorTarget.SPARSE.asString(), "asString()");
        VectorTarget future = VectorTarget.of("quantum");
        checkEquals(VectorTarget.Value._UNKNOWN, future.value(), "unknown value()");
        checkThrows(LlamaCloudInvalidDataException.class, future::known, "unknown known()");
        check(!future.isValid(), "unknown isValid");
        checkEquals(VectorTarget.of("dense"), VectorTarget.DENSE, "equality by value");
        VectorTarget read = ObjectMappers.jsonMapper().readValue("\"quantum\"", VectorTarget.class);
        checkEquals(future, read, "read from JSON");
        checkEquals("\"quantum\"", ObjectMappers.jsonMapper().writeValueAsString(read), "written as its string");
        IndexGetResponse.Metadata metadata = ObjectMappers.jsonMapper().readValue("{\"status\":\"archived\"}",
                IndexGetResponse.Metadata.class);
        checkEquals(IndexGetResponse.Metadata.Status.Value._UNKNOWN, metadata.status().orElseThrow().value(), "nested unknown");
        check(!metadata.isValid(), "metadata with an unknown status is invalid");
    }

    public static void unionsBuildAndRoundTrip() throws Exception {
        ChatRetrieveResponse chat = ChatRetrieveResponse.builder()
                .sessionId("ses-1")
                .lastUpdatedAt("2026-12-07T10:00:00")
                .addEvent(ChatRetrieveResponse.Event.Text.builder().content("hi").build())
                .addEvent(ChatRetrieveResponse.Event.ofStop(ChatRetrieveResponse.Event.Stop.builder()
                        .isError(false)
                        .type(ChatRetrieveResponse.Event.Stop.Type.STOP)
                        .usage(ChatRetrieveResponse.Event.Stop.Usage.builder().turns(1L).durationMs(2.5).build())
                        .build()))
                .indexIds(List.of("idx-1"))
                .addIndexId("idx-2")
                .jobMetadata(Optional.empty())
                .build();
        chat.validate();
        checkEquals(List.of("idx-1", "idx-2"), chat.indexIds().orElseThrow(), "addIndexId");
        checkEquals(ChatRetrieveResponse.Event.Stop.Type.STOP, chat.events().get(1).asStop().type(), "enum type");
        checkEquals(JsonValue.from("text"), chat.events().get(0).asText()._type(), "const type");
        checkEquals(Optional.of("text"), chat.events().get(0).type(), "type() of a built event");
        String json = ObjectMappers.jsonMapper().writeValueAsString(chat);
        ChatRetrieveResponse back = ObjectMappers.jsonMapper().readValue(json, ChatRetrieveResponse.class);
        checkEquals(chat, back, "round trip");
        check(back.events().get(0).isText(), "text variant read back");
    }
}
