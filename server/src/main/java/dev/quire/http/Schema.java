package dev.quire.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON schema of the OpenAPI document, built in code next to the routes it describes:
 * <pre>{@code
 * Schema.component("ChatCreateResponse", "beta.chat", Schema.object()
 *         .required("session_id", Schema.string().description("Unique session identifier."))
 *         .optional("generated_title", Schema.string().nullable()))
 * }</pre>
 * Immutable: every method answers a new schema, so feature classes keep them in constants. A named
 * {@link #component} is written once under {@code components.schemas} and referenced by {@code $ref}
 * wherever it is used; everything else is written inline.
 */
public final class Schema {
    private final String component;
    private final Map<String, Object> keywords;

    private Schema(String component, Map<String, Object> keywords) {
        this.component = component;
        this.keywords = keywords;
    }

    private static Schema of(Object... pairs) {
        Map<String, Object> k = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            k.put((String) pairs[i], pairs[i + 1]);
        }
        return new Schema(null, k);
    }

    public static Schema string() {
        return of("type", "string");
    }

    /** An int64 (a {@code Long} in the SDK). */
    public static Schema integer() {
        return of("type", "integer", "format", "int64");
    }

    /** A double (a {@code Double} in the SDK). */
    public static Schema number() {
        return of("type", "number");
    }

    public static Schema bool() {
        return of("type", "boolean");
    }

    /** A timestamp the SDK reads as {@code OffsetDateTime}; timestamps it keeps as text are {@link #string}. */
    public static Schema dateTime() {
        return of("type", "string", "format", "date-time");
    }

    /** Uploaded bytes (a multipart file part). */
    public static Schema binary() {
        return of("type", "string", "format", "binary");
    }

    /** Any JSON value. */
    public static Schema any() {
        return of();
    }

    /** A string with known values; SDKs keep unknown ones too. */
    public static Schema enumOf(String... values) {
        return of("type", "string", "enum", List.of(values));
    }

    public static Schema array(Schema items) {
        return of("type", "array", "items", items);
    }

    /** An object with declared properties only ({@link #required}, {@link #optional}). */
    public static Schema object() {
        return of("type", "object", "properties", new LinkedHashMap<String, Schema>());
    }

    /** A free-form map of string keys to any JSON value. */
    public static Schema freeForm() {
        return of("type", "object", "additionalProperties", true);
    }

    /** A map of string keys to values of one schema. */
    public static Schema mapOf(Schema values) {
        return of("type", "object", "additionalProperties", values);
    }

    /** One of several shapes (a union in the SDK). */
    public static Schema anyOf(Schema... variants) {
        return of("anyOf", List.of(variants));
    }

    /** A schema written under {@code components.schemas} with the SDK's class name and package. */
    public static Schema component(String name, String sdkPackage, Schema body) {
        return component(name, name, sdkPackage, body);
    }

    /**
     * A component whose class name another package uses too (the official SDK has both
     * {@code files.FileListResponse} and {@code beta.directories.files.FileListResponse}): its key
     * under {@code components.schemas} is {@code key}, its class name {@code x-sdk-name}.
     */
    public static Schema component(String key, String name, String sdkPackage, Schema body) {
        Map<String, Object> k = new LinkedHashMap<>(body.keywords);
        k.put("x-sdk-name", name);
        k.put("x-sdk-package", sdkPackage);
        return new Schema(key, k);
    }

    /** The component key ({@code beta.directories.files.FileListResponse}) of a class whose name is shared. */
    public static String qualified(String sdkPackage, String name) {
        return sdkPackage + "." + name;
    }

    /** The envelope of a cursor page ({@link Page}) whose items are {@code item}. */
    public static Schema page(String name, String sdkPackage, Schema item) {
        return page(name, name, sdkPackage, item);
    }

    /** A page envelope whose class name another package uses too (see {@link #component(String, String, String, Schema)}). */
    public static Schema page(String key, String name, String sdkPackage, Schema item) {
        return component(key, name, sdkPackage, object()
                .required("items", array(item).description("The items of this page."))
                .optional("next_page_token", string().nullable()
                        .description("Token for the next page; null on the last page."))
                .optional("total_size", integer().nullable().description("Total number of items, when known.")));
    }

    /** Whether an object schema lists required properties (a body that may be left out lists none). */
    public boolean hasRequired() {
        return keywords.containsKey("required");
    }

    /** The SDK's class name, if this is a component. */
    public java.util.Optional<String> sdkName() {
        return componentName().map(key -> (String) keywords.get("x-sdk-name"));
    }

    /** The name under {@code components.schemas}, if this is a component. */
    public java.util.Optional<String> componentName() {
        return java.util.Optional.ofNullable(component);
    }

    private Schema with(String key, Object value) {
        Map<String, Object> k = new LinkedHashMap<>(keywords);
        k.put(key, value);
        return new Schema(component, k);
    }

    /** The SDK's nested class name for an inline object or enum. */
    public Schema title(String title) {
        return with("title", title);
    }

    public Schema description(String description) {
        return with("description", description);
    }

    public Schema format(String format) {
        return with("format", format);
    }

    /** Also allows JSON null (an OpenAPI 3.1 type list; a component gets {@code anyOf [ref, null]}). */
    public Schema nullable() {
        if (component != null) {
            return anyOf(this, of("type", "null"));
        }
        Object type = keywords.get("type");
        if (type instanceof String t) {
            return with("type", List.of(t, "null"));
        }
        if (keywords.containsKey("anyOf")) {
            @SuppressWarnings("unchecked")
            List<Schema> variants = new ArrayList<>((List<Schema>) keywords.get("anyOf"));
            variants.add(of("type", "null"));
            return with("anyOf", List.copyOf(variants));
        }
        return this;
    }

    public Schema required(String name, Schema property) {
        return property(name, property).withRequired(name);
    }

    public Schema optional(String name, Schema property) {
        return property(name, property);
    }

    /** Declared properties plus any others (a class with additional properties in the SDK). */
    public Schema openEnded() {
        return with("additionalProperties", true);
    }

    private Schema property(String name, Schema property) {
        @SuppressWarnings("unchecked")
        Map<String, Schema> properties = (Map<String, Schema>) keywords.get("properties");
        if (properties == null) {
            throw new IllegalStateException("properties belong to object schemas: " + name);
        }
        Map<String, Schema> copy = new LinkedHashMap<>(properties);
        copy.put(name, property);
        return with("properties", copy);
    }

    private Schema withRequired(String name) {
        @SuppressWarnings("unchecked")
        List<String> required = new ArrayList<>((List<String>) keywords.getOrDefault("required", List.of()));
        required.add(name);
        return with("required", List.copyOf(required));
    }

    /**
     * The JSON of this schema where it is used: a {@code $ref} for a component (recorded in
     * {@code components}, with the components it uses), else the keywords with nested schemas rendered.
     */
    Map<String, Object> reference(Map<String, Map<String, Object>> components) {
        if (component == null) {
            return body(components);
        }
        Map<String, Object> existing = components.get(component);
        if (existing == null) {
            components.put(component, Map.of()); // reserved first: components may refer to each other
            components.put(component, body(components));
        } else if (!existing.isEmpty() && !existing.equals(body(components))) {
            throw new IllegalStateException("two different schemas are named " + component);
        }
        return Map.of("$ref", "#/components/schemas/" + component);
    }

    /** This schema's own keywords, nested schemas rendered (a component's definition). */
    Map<String, Object> body(Map<String, Map<String, Object>> components) {
        Map<String, Object> out = new LinkedHashMap<>();
        keywords.forEach((key, value) -> out.put(key, render(value, components)));
        return out;
    }

    private static Object render(Object value, Map<String, Map<String, Object>> components) {
        if (value instanceof Schema s) {
            return s.reference(components);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> render(v, components)).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put((String) k, render(v, components)));
            return out;
        }
        return value;
    }

    @Override
    public String toString() {
        return component != null ? component : keywords.toString();
    }
}
