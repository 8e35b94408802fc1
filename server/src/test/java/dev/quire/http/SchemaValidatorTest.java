package dev.quire.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.common.Json;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The conformance test's validator finds what it must, so a green conformance run means something. */
class SchemaValidatorTest {
    private static final Schema THING = Schema.component("Thing", "things", Schema.object()
            .required("id", Schema.string())
            .optional("count", Schema.integer().nullable())
            .optional("kind", Schema.enumOf("a", "b").title("Kind"))
            .optional("at", Schema.dateTime())
            .optional("tags", Schema.array(Schema.string()))
            .optional("extra", Schema.freeForm().title("Extra"))
            .optional("either", Schema.anyOf(Schema.string(), Schema.bool()).title("Either")));

    private static List<String> check(String json) {
        Map<String, Map<String, Object>> components = new TreeMap<>();
        JsonNode ref = Json.mapper().valueToTree(THING.reference(components));
        JsonNode doc = Json.mapper().valueToTree(Map.of("components", Map.of("schemas", components)));
        return new SchemaValidator(doc).validate(Json.read(json), ref);
    }

    @Test
    void accepts_a_conforming_value() {
        assertThat(check("{\"id\": \"x\", \"count\": null, \"kind\": \"a\", \"at\": \"2024-05-01T10:00:00Z\", "
                + "\"tags\": [\"t\"], \"extra\": {\"anything\": [1]}, \"either\": true}")).isEmpty();
    }

    @Test
    void reports_missing_required_undocumented_and_mistyped_fields() {
        assertThat(check("{\"count\": 1.5, \"surprise\": 1}")).containsExactlyInAnyOrder(
                "$: missing required id", "$.count: expected [\"integer\",\"null\"], got 1.5",
                "$.surprise: undocumented property");
    }

    @Test
    void reports_unknown_enum_values_bad_timestamps_array_items_and_unions() {
        List<String> errors = check("{\"id\": \"x\", \"kind\": \"c\", \"at\": \"2024-05-01T10:00:00\", "
                + "\"tags\": [3], \"either\": 2}");
        assertThat(errors).hasSize(4);
        assertThat(errors.get(0)).contains("$.kind");
        assertThat(errors.get(1)).contains("$.at: not an OffsetDateTime");
        assertThat(errors.get(2)).contains("$.tags[0]: expected \"string\"");
        assertThat(errors.get(3)).contains("$.either: matches no variant of anyOf");
    }

    @Test
    void rejects_null_where_the_schema_does_not_allow_it() {
        assertThat(check("{\"id\": null}")).containsExactly("$.id: expected \"string\", got null");
    }
}
