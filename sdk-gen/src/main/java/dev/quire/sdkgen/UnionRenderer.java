package dev.quire.sdkgen;

import dev.quire.sdkgen.Spec.UnionSpec;
import dev.quire.sdkgen.Spec.Variant;
import java.util.ArrayList;
import java.util.List;

/**
 * A union: one field per variant, {@code ofX(...)}, {@code isX()}, {@code x()}, {@code asX()},
 * {@code accept(Visitor)}, {@code _json()}; read by its discriminator key when it has one, else by the
 * first variant whose JSON validates. A value matching no variant is kept ({@code _json()}).
 */
final class UnionRenderer {
    private final ModelRenderer models;

    UnionRenderer(ModelRenderer models) {
        this.models = models;
    }

    String render(UnionSpec spec, int depth, boolean topLevel) {
        String n = spec.name();
        List<Variant> vs = spec.variants();
        SourceWriter w = new SourceWriter(depth);
        w.javadoc(spec.description());
        w.line("@JsonDeserialize(using = " + n + ".Deserializer.class)");
        w.line("@JsonSerialize(using = " + n + ".Serializer.class)");
        w.open(ModelRenderer.classKeyword(topLevel) + n + " {").line("");
        for (Variant v : vs) {
            w.line("private final " + v.type().java() + " " + field(v) + ";");
        }
        w.line("private final JsonValue _json;");
        w.line("private boolean validated;").line("");

        List<String> params = new ArrayList<>();
        vs.forEach(v -> params.add(v.type().java() + " " + field(v)));
        params.add("JsonValue _json");
        w.open("private " + n + "(" + String.join(", ", params) + ") {");
        vs.forEach(v -> w.line("this." + field(v) + " = " + field(v) + ";"));
        w.line("this._json = _json;").close("}").line("");

        for (Variant v : vs) {
            String f = field(v);
            String t = v.type().java();
            w.open("public Optional<" + t + "> " + f + "() {").line("return Optional.ofNullable(" + f + ");").close("}").line("");
            w.open("public boolean is" + v.name() + "() {").line("return " + f + " != null;").close("}").line("");
            w.line("/** @throws LlamaCloudInvalidDataException if this is not a {@code " + f + "} */");
            w.open("public " + t + " as" + v.name() + "() {");
            w.open("if (" + f + " == null) {")
                    .line("throw new LlamaCloudInvalidDataException(\"`" + f + "` is not present\");").close("}");
            w.line("return " + f + ";").close("}").line("");
        }
        List<String> none0 = new ArrayList<>();
        vs.forEach(v -> none0.add(field(v) + " == null"));
        w.line("/** True if the value matches none of the variants this SDK knows (e.g. a newer server's). */");
        w.open("public boolean isUnknown() {").line("return " + String.join(" && ", none0) + ";").close("}").line("");
        if (spec.discriminator() != null) {
            String key = spec.discriminator();
            w.javadoc("The {@code " + key + "} that tells the variants apart, also for a value of an unknown variant;"
                    + " empty if the JSON has none.");
            w.open("public Optional<String> " + Names.camel(key) + "() {");
            w.line("JsonValue json = _json != null ? _json : JsonValue.from(this);");
            w.line("return json.asObject().map(o -> o.get(" + Names.literal(key) + ")).flatMap(v -> v.asString());");
            w.close("}").line("");
        }
        w.line("/** The JSON as received; empty for a value built with {@code ofX(...)}. */");
        w.open("public Optional<JsonValue> _json() {").line("return Optional.ofNullable(_json);").close("}").line("");

        for (int i = 0; i < vs.size(); i++) {
            Variant v = vs.get(i);
            List<String> args = new ArrayList<>();
            for (int j = 0; j < vs.size(); j++) {
                args.add(j == i ? field(v) : "null");
            }
            args.add("null");
            w.open("public static " + n + " of" + v.name() + "(" + v.type().java() + " " + field(v) + ") {")
                    .line("return new " + n + "(" + String.join(", ", args) + ");").close("}").line("");
        }

        w.line("/** Calls the visitor method of this value's variant; {@link Visitor#unknown} for any other JSON. */");
        w.open("public <T> T accept(Visitor<T> visitor) {");
        for (Variant v : vs) {
            w.open("if (" + field(v) + " != null) {").line("return visitor.visit" + v.name() + "(" + field(v) + ");").close("}");
        }
        w.line("return visitor.unknown(_json);").close("}").line("");

        w.line("/** @throws LlamaCloudInvalidDataException if the value matches no variant or its variant is invalid */");
        w.open("public " + n + " validate() {");
        w.open("if (validated) {").line("return this;").close("}");
        for (Variant v : vs) {
            if (v.type().validates()) {
                w.open("if (" + field(v) + " != null) {").line(field(v) + ".validate();").close("}");
            } else if (v.type() instanceof TypeRef.ListOf list && list.element().validates()) {
                w.open("if (" + field(v) + " != null) {")
                        .line(field(v) + ".forEach(" + list.element().java() + "::validate);").close("}");
            }
        }
        List<String> none = new ArrayList<>();
        vs.forEach(v -> none.add(field(v) + " == null"));
        w.open("if (" + String.join(" && ", none) + ") {")
                .line("throw new LlamaCloudInvalidDataException(\"Unknown " + n + ": \" + _json);").close("}");
        w.line("validated = true;").line("return this;").close("}").line("");
        w.open("public boolean isValid() {");
        w.open("try {").line("validate();").line("return true;");
        w.middle("} catch (LlamaCloudInvalidDataException e) {").line("return false;").close("}").close("}").line("");

        List<String> names = new ArrayList<>();
        vs.forEach(v -> names.add(field(v)));
        w.line("@Override");
        w.open("public boolean equals(Object other) {");
        w.open("if (this == other) {").line("return true;").close("}");
        w.open("if (!(other instanceof " + n + ")) {").line("return false;").close("}");
        w.line(n + " that = (" + n + ") other;");
        List<String> eq = new ArrayList<>();
        names.forEach(x -> eq.add("Objects.equals(" + x + ", that." + x + ")"));
        // Two values matching no variant are equal when their JSON is.
        eq.add("(!(" + String.join(" && ", none) + ") || Objects.equals(_json, that._json))");
        w.line("return " + String.join(" && ", eq) + ";");
        w.close("}").line("");
        w.line("@Override");
        w.open("public int hashCode() {").line("return Objects.hash(" + String.join(", ", names) + ");").close("}").line("");
        w.line("@Override");
        w.open("public String toString() {");
        for (Variant v : vs) {
            w.open("if (" + field(v) + " != null) {").line("return \"" + n + "{" + field(v) + "=\" + " + field(v) + " + \"}\";").close("}");
        }
        w.line("return \"" + n + "{_unknown=\" + _json + \"}\";").close("}").line("");

        w.line("/** A function over the variants of {@link " + n + "}. */");
        w.open("public interface Visitor<T> {");
        for (Variant v : vs) {
            w.line("T visit" + v.name() + "(" + v.type().java() + " " + field(v) + ");").line("");
        }
        w.line("/** JSON that matches no variant; override to tolerate values of a newer server. */");
        w.open("default T unknown(JsonValue json) {")
                .line("throw new LlamaCloudInvalidDataException(\"Unknown " + n + ": \" + json);").close("}");
        w.close("}").line("");

        deserializer(w, n, spec);
        serializer(w, n, vs);

        for (Spec nested : spec.nested()) {
            w.line("").raw(models.renderClass(nested, w.depth(), false));
        }
        w.close("}");
        return w.toString();
    }

    private void deserializer(SourceWriter w, String n, UnionSpec spec) {
        List<Variant> vs = spec.variants();
        w.open("static final class Deserializer extends JsonDeserializer<" + n + "> {");
        w.line("@Override");
        w.open("public " + n + " deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {");
        w.line("JsonNode node = ctxt.readTree(p);");
        w.line("JsonValue json = JsonValue.fromJsonNode(node);");
        if (spec.discriminator() != null) {
            w.line("String kind = node.path(" + Names.literal(spec.discriminator()) + ").asText(\"\");");
        }
        for (int i = 0; i < vs.size(); i++) {
            Variant v = vs.get(i);
            List<String> args = new ArrayList<>();
            for (int j = 0; j < vs.size(); j++) {
                args.add(j == i ? "value" : "null");
            }
            args.add("json");
            String guard = spec.discriminator() != null && v.discriminatorValue() != null
                    ? "if (kind.equals(" + Names.literal(v.discriminatorValue()) + ")) {" : "{";
            w.open(guard);
            w.line(v.type().java() + " value = tryRead(node, new com.fasterxml.jackson.core.type.TypeReference<"
                    + v.type().java() + ">() {});");
            String valid = v.type().validates() ? "value != null && value.isValid()" : "value != null";
            w.open("if (" + valid + ") {").line("return new " + n + "(" + String.join(", ", args) + ");").close("}");
            w.close("}");
        }
        List<String> nulls = new ArrayList<>();
        vs.forEach(v -> nulls.add("null"));
        nulls.add("json");
        w.line("return new " + n + "(" + String.join(", ", nulls) + ");");
        w.close("}").line("");
        w.open("private static <T> T tryRead(JsonNode node, com.fasterxml.jackson.core.type.TypeReference<T> type) {");
        w.open("try {").line("return ObjectMappers.jsonMapper().convertValue(node, type);");
        w.middle("} catch (IllegalArgumentException e) {").line("return null;").close("}");
        w.close("}");
        w.close("}").line("");
    }

    private void serializer(SourceWriter w, String n, List<Variant> vs) {
        w.open("static final class Serializer extends JsonSerializer<" + n + "> {");
        w.line("@Override");
        w.open("public void serialize(" + n + " value, JsonGenerator gen, SerializerProvider provider) throws IOException {");
        for (Variant v : vs) {
            w.open("if (value." + field(v) + " != null) {")
                    .line("provider.defaultSerializeValue(value." + field(v) + ", gen);").line("return;").close("}");
        }
        w.line("provider.defaultSerializeValue(value._json, gen);");
        w.close("}");
        w.close("}");
    }

    private static String field(Variant v) {
        return Names.camel(v.name());
    }
}
