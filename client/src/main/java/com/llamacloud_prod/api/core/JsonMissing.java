package com.llamacloud_prod.api.core;

/** The value of a key that was absent; left out when a model is serialized. */
public final class JsonMissing extends JsonValue {
    private static final JsonMissing INSTANCE = new JsonMissing();

    private JsonMissing() {}

    public static JsonMissing of() {
        return INSTANCE;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonMissing;
    }

    @Override
    public int hashCode() {
        return 0;
    }
}
