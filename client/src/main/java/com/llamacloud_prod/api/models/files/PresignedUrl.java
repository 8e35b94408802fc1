package com.llamacloud_prod.api.models.files;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.llamacloud_prod.api.core.Json;
import com.llamacloud_prod.api.core.JsonValue;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A link to download bytes without the API key, valid until {@link #expiresAt()}.
 *
 * <p>Fields are read lazily from the response JSON: unknown keys are kept in
 * {@link #_additionalProperties()}, and a field of unexpected type only fails its own accessor.
 *
 * <pre>{@code
 * PresignedUrl link = client.files().get(fileId);
 * InputStream in = URI.create(link.url()).toURL().openStream();
 * }</pre>
 */
public final class PresignedUrl {

    private static final Set<String> KNOWN_KEYS = Set.of(
            "url", "expires_at", "form_fields");

    private final ObjectNode json;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private PresignedUrl(JsonNode json) {
        this.json = Json.object(json);
    }

    /** The URL; usable without the bearer header. */
    public String url() {
        return Json.requiredString(json, "url");
    }

    /** When the URL stops working. */
    public OffsetDateTime expiresAt() {
        return Json.requiredDateTime(json, "expires_at");
    }

    /** Only for presigned POST uploads; empty from Quire. */
    public Optional<Map<String, String>> formFields() {
        return Json.optionalStringMap(json, "form_fields");
    }

    /** Keys of the response this SDK version does not know. */
    public Map<String, JsonValue> _additionalProperties() {
        return Json.additionalProperties(json, KNOWN_KEYS);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PresignedUrl && json.equals(((PresignedUrl) o).json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return "PresignedUrl" + json;
    }
}
