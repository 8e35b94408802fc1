package dev.quire.sdkgen;

import dev.quire.sdkgen.Spec.ObjectSpec;
import dev.quire.sdkgen.Spec.Prop;
import java.util.ArrayList;
import java.util.List;

/**
 * An object model with the official SDK's API: typed getters ({@code Optional} unless required and
 * non-null), raw {@code _field()} accessors, {@code _additionalProperties()}, {@code builder()},
 * {@code toBuilder()}, {@code validate()}, {@code isValid()}, value equality, Jackson round trip.
 */
final class ObjectRenderer {
    private final ModelRenderer models;

    ObjectRenderer(ModelRenderer models) {
        this.models = models;
    }

    String render(ObjectSpec spec, int depth, boolean topLevel) {
        return render(spec, depth, topLevel, true);
    }

    /** @param withNested false when the enclosing class declares the nested classes (a params {@code Body}) */
    String render(ObjectSpec spec, int depth, boolean topLevel, boolean withNested) {
        String n = spec.name();
        List<Prop> props = spec.props();
        SourceWriter w = new SourceWriter(depth);
        w.javadoc(spec.description());
        // Only the annotated accessors are JSON: isValid() and friends must not serialize.
        w.line("@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,"
                + " isGetterVisibility = JsonAutoDetect.Visibility.NONE,"
                + " setterVisibility = JsonAutoDetect.Visibility.NONE,"
                + " fieldVisibility = JsonAutoDetect.Visibility.NONE)");
        // Top-level models are what services answer: the client validates them when asked to.
        w.open(ModelRenderer.classKeyword(topLevel) + n + (topLevel ? " implements Validatable" : "") + " {").line("");
        for (Prop p : props) {
            w.line("private final " + fieldType(p) + " " + p.name() + ";");
        }
        w.line("private final Map<String, JsonValue> additionalProperties;");
        w.line("private boolean validated;").line("");

        // Jackson's constructor: absent keys arrive as null and become JsonMissing.
        w.line("@JsonCreator");
        if (props.isEmpty()) {
            w.open("private " + n + "() {");
        } else {
            w.line("private " + n + "(");
            for (int i = 0; i < props.size(); i++) {
                Prop p = props.get(i);
                w.line("        @JsonProperty(" + Names.literal(p.json()) + ") @ExcludeMissing " + fieldType(p) + " "
                        + p.name() + (i == props.size() - 1 ? ") {" : ","));
            }
            w.indent();
        }
        List<String> args = new ArrayList<>();
        for (Prop p : props) {
            args.add(isJson(p) ? p.name() + " == null ? JsonMissing.of() : " + p.name() : "JsonFields.orMissing(" + p.name() + ")");
        }
        args.add("new LinkedHashMap<>()");
        callWrapped(w, "this(", args);
        w.close("}").line("");

        List<String> params = new ArrayList<>();
        for (Prop p : props) {
            params.add(fieldType(p) + " " + p.name());
        }
        params.add("Map<String, JsonValue> additionalProperties");
        if (props.isEmpty()) {
            w.open("private " + n + "(" + params.get(0) + ") {");
        } else {
            w.line("private " + n + "(");
            for (int i = 0; i < params.size(); i++) {
                w.line("        " + params.get(i) + (i == params.size() - 1 ? ") {" : ","));
            }
            w.indent();
        }
        for (Prop p : props) {
            w.line("this." + p.name() + " = " + p.name() + ";");
        }
        w.line("this.additionalProperties = additionalProperties;").close("}").line("");

        getters(w, props);
        rawAccessors(w, props);

        w.line("@JsonAnySetter");
        w.open("private void putAdditionalProperty(String key, JsonValue value) {")
                .line("additionalProperties.put(key, value);").close("}").line("");
        w.line("@JsonAnyGetter");
        w.line("@ExcludeMissing");
        w.open("public Map<String, JsonValue> _additionalProperties() {")
                .line("return Collections.unmodifiableMap(additionalProperties);").close("}").line("");

        w.open("public Builder toBuilder() {").line("return new Builder().from(this);").close("}").line("");
        w.javadoc("Returns a mutable builder for constructing an instance of {@link " + n + "}."
                + requiredList(props));
        w.open("public static Builder builder() {").line("return new Builder();").close("}").line("");

        builder(w, n, props, spec.nested());
        validate(w, n, props);
        objectMethods(w, n, props);

        for (Spec nested : withNested ? spec.nested() : List.<Spec>of()) {
            w.line("").raw(models.renderClass(nested, w.depth(), false));
        }
        w.close("}");
        return w.toString();
    }

    /** {@code this(a, b)} on one line when short, else one argument a line. */
    private static void callWrapped(SourceWriter w, String start, List<String> args) {
        String oneLine = start + String.join(", ", args) + ");";
        if (oneLine.length() + 4 * w.depth() <= 110) {
            w.line(oneLine);
            return;
        }
        w.line(start);
        for (int i = 0; i < args.size(); i++) {
            w.line("        " + args.get(i) + (i == args.size() - 1 ? ");" : ","));
        }
    }

    private static boolean isJson(Prop p) {
        return p.type() instanceof TypeRef.Json || p.type() instanceof TypeRef.Const;
    }

    private static String fieldType(Prop p) {
        return isJson(p) ? "JsonValue" : "JsonField<" + p.type().java() + ">";
    }

    private static String requiredList(List<Prop> props) {
        StringBuilder s = new StringBuilder();
        for (Prop p : props) {
            if (p.required() && !(p.type() instanceof TypeRef.Const)) {
                s.append("\n{@code .").append(p.name()).append("()}");
            }
        }
        return s.length() == 0 ? "" : "\n\nThe following fields are required:" + s;
    }

    /**
     * The builder methods over {@code additionalProperties} that every generated builder has (models and
     * request bodies alike), as the official SDK's builders do.
     */
    static void additionalPropertySetters(SourceWriter w) {
        w.open("public Builder additionalProperties(Map<String, JsonValue> additionalProperties) {")
                .line("this.additionalProperties.clear();")
                .line("return putAllAdditionalProperties(additionalProperties);").close("}").line("");
        w.open("public Builder putAdditionalProperty(String key, JsonValue value) {")
                .line("additionalProperties.put(key, value);").line("return this;").close("}").line("");
        w.open("public Builder putAllAdditionalProperties(Map<String, JsonValue> additionalProperties) {")
                .line("this.additionalProperties.putAll(additionalProperties);").line("return this;").close("}").line("");
        w.open("public Builder removeAdditionalProperty(String key) {")
                .line("additionalProperties.remove(key);").line("return this;").close("}").line("");
        w.open("public Builder removeAllAdditionalProperties(Set<String> keys) {")
                .line("keys.forEach(this::removeAdditionalProperty);").line("return this;").close("}").line("");
    }

    private void getters(SourceWriter w, List<Prop> props) {
        for (Prop p : props) {
            if (isJson(p)) {
                continue;
            }
            w.javadoc(p.description());
            if (p.requiredValue()) {
                w.open("public " + p.type().unboxed() + " " + p.name() + "() {")
                        .line("return JsonFields.getRequired(" + p.name() + ", " + Names.literal(p.json()) + ");");
            } else {
                w.open("public Optional<" + p.type().java() + "> " + p.name() + "() {")
                        .line("return JsonFields.getOptional(" + p.name() + ", " + Names.literal(p.json()) + ");");
            }
            w.close("}").line("");
        }
    }

    private void rawAccessors(SourceWriter w, List<Prop> props) {
        for (Prop p : props) {
            if (isJson(p)) {
                w.javadoc(p.description());
            } else {
                w.line("/** The raw JSON of {@link #" + p.name() + "()}: does not throw on an unexpected type. */");
            }
            w.line("@JsonProperty(" + Names.literal(p.json()) + ")");
            w.line("@ExcludeMissing");
            w.open("public " + fieldType(p) + " _" + p.name() + "() {").line("return " + p.name() + ";").close("}").line("");
        }
    }

    private void builder(SourceWriter w, String n, List<Prop> props, List<Spec> nested) {
        w.line("/** A builder for {@link " + n + "}. */");
        w.open("public static final class Builder {").line("");
        for (Prop p : props) {
            String init;
            if (p.type() instanceof TypeRef.Const c) {
                init = " = JsonValue.from(" + Names.literal(c.value()) + ")";
            } else if (isJson(p)) {
                init = " = JsonMissing.of()";
            } else if (p.required() || p.type() instanceof TypeRef.ListOf) {
                init = ""; // null: not set
            } else {
                init = " = JsonFields.missing()";
            }
            w.line("private " + fieldType(p) + " " + p.name() + init + ";");
        }
        w.line("private Map<String, JsonValue> additionalProperties = new LinkedHashMap<>();").line("");
        w.line("private Builder() {}").line("");
        w.open("private Builder from(" + n + " model) {");
        for (Prop p : props) {
            String value = "model." + p.name();
            w.line(p.name() + " = " + (p.type() instanceof TypeRef.ListOf ? "JsonFields.toMutableList(" + value + ")" : value) + ";");
        }
        w.line("additionalProperties = new LinkedHashMap<>(model.additionalProperties);");
        w.line("return this;").close("}").line("");

        for (Prop p : props) {
            setters(w, p, nested);
        }

        additionalPropertySetters(w);

        w.javadoc("Returns an immutable instance of {@link " + n + "}.\n\n"
                + "@throws IllegalStateException if a required field is unset." + requiredList(props));
        w.open("public " + n + " build() {");
        List<String> args = new ArrayList<>();
        for (Prop p : props) {
            String value = p.required() && !(p.type() instanceof TypeRef.Const)
                    ? "Check.checkRequired(" + Names.literal(p.name()) + ", " + p.name() + ")"
                    : p.name();
            args.add(p.type() instanceof TypeRef.ListOf ? "JsonFields.toImmutableList(" + value + ")" : value);
        }
        args.add("new LinkedHashMap<>(additionalProperties)");
        w.line("return new " + n + "(");
        for (int i = 0; i < args.size(); i++) {
            w.line("        " + args.get(i) + (i == args.size() - 1 ? ");" : ","));
        }
        w.close("}");
        w.close("}").line("");
    }

    private void setters(SourceWriter w, Prop p, List<Spec> nested) {
        String name = p.name();
        if (isJson(p)) {
            w.javadoc(p.description());
            w.open("public Builder " + name + "(JsonValue " + name + ") {")
                    .line("this." + name + " = " + name + ";").line("return this;").close("}").line("");
            return;
        }
        TypeRef t = p.type();
        String boxed = t.java();
        String primitive = t.unboxed();
        w.javadoc(p.description());
        if (p.nullable()) {
            w.open("public Builder " + name + "(" + boxed + " " + name + ") {")
                    .line("return " + name + "(JsonField.ofNullable(" + name + "));").close("}").line("");
            if (!primitive.equals(boxed)) {
                w.open("public Builder " + name + "(" + primitive + " " + name + ") {")
                        .line("return " + name + "((" + boxed + ") " + name + ");").close("}").line("");
            }
            w.line("/** Alias for calling {@link Builder#" + name + "} with {@code " + name + ".orElse(null)}. */");
            w.open("public Builder " + name + "(Optional<" + boxed + "> " + name + ") {")
                    .line("return " + name + "(" + name + ".orElse(null));").close("}").line("");
        } else {
            w.open("public Builder " + name + "(" + primitive + " " + name + ") {")
                    .line("return " + name + "(JsonField.of(" + name + "));").close("}").line("");
        }
        w.line("/** Sets the field to any JSON, e.g. a value this SDK does not know yet. */");
        w.open("public Builder " + name + "(JsonField<" + boxed + "> " + name + ") {");
        if (t instanceof TypeRef.ListOf) {
            w.line("this." + name + " = JsonFields.toMutableList(" + name + ");");
        } else {
            w.line("this." + name + " = " + name + ";");
        }
        w.line("return this;").close("}").line("");
        Spec.UnionSpec union = union(t, nested);
        if (union != null) {
            // Alias setters per variant, e.g. event(Stop) for event(Event.ofStop(stop)).
            for (Spec.Variant v : union.variants()) {
                String arg = Names.camel(v.name());
                // A list variant gets its own name (valueOfStrings): list overloads would clash after erasure.
                String setter = v.type() instanceof TypeRef.ListOf ? name + "Of" + v.name() : name;
                w.line("/** Alias for calling {@link Builder#" + name + "} with {@code " + union.name() + ".of" + v.name() + "(" + arg + ")}. */");
                w.open("public Builder " + setter + "(" + variantType(union, v) + " " + arg + ") {")
                        .line("return " + name + "(" + union.name() + ".of" + v.name() + "(" + arg + "));").close("}").line("");
            }
        }
        if (t instanceof TypeRef.ListOf list) {
            String one = Names.singular(name); // "data" stays "data": addData(...)
            String adder = "add" + Character.toUpperCase(one.charAt(0)) + one.substring(1);
            String elementType = list.element() instanceof TypeRef.Const ? "JsonValue" : list.element().unboxed();
            w.line("/** Adds one element to {@link Builder#" + name + "}. */");
            w.open("public Builder " + adder + "(" + elementType + " " + one + ") {");
            w.open("if (this." + name + " == null) {").line("this." + name + " = JsonField.of(new ArrayList<>());").close("}");
            w.line("JsonFields.checkKnown(" + Names.literal(name) + ", this." + name + ").add(" + one + ");");
            w.line("return this;").close("}").line("");
            Spec.UnionSpec elementUnion = union(list.element(), nested);
            if (elementUnion != null) {
                for (Spec.Variant v : elementUnion.variants()) {
                    String arg = Names.camel(v.name());
                    w.line("/** Alias for calling {@link Builder#" + adder + "} with {@code " + elementUnion.name() + ".of"
                            + v.name() + "(" + arg + ")}. */");
                    w.open("public Builder " + adder + "(" + variantType(elementUnion, v) + " " + arg + ") {")
                            .line("return " + adder + "(" + elementUnion.name() + ".of" + v.name() + "(" + arg + "));")
                            .close("}").line("");
                }
            }
        }
    }

    /** A variant's type as seen from outside its union: a class nested in the union is qualified by it. */
    private static String variantType(Spec.UnionSpec union, Spec.Variant v) {
        boolean nestedInUnion = union.nested().stream().anyMatch(s -> s.name().equals(v.type().java()));
        return nestedInUnion ? union.name() + "." + v.type().java() : v.type().java();
    }

    /** The nested union a property's type names, or null. */
    private static Spec.UnionSpec union(TypeRef type, List<Spec> nested) {
        if (!(type instanceof TypeRef.Model m)) {
            return null;
        }
        for (Spec s : nested) {
            if (s instanceof Spec.UnionSpec u && u.name().equals(m.java())) {
                return u;
            }
        }
        return null;
    }

    private void validate(SourceWriter w, String n, List<Prop> props) {
        w.javadoc("Checks that every field has its declared type, recursively.\n\n"
                + "@throws LlamaCloudInvalidDataException if a required field is missing or a field has an unexpected type");
        w.open("public " + n + " validate() {");
        w.open("if (validated) {").line("return this;").close("}");
        for (Prop p : props) {
            String get = p.name() + "()";
            TypeRef t = p.type();
            if (t instanceof TypeRef.Const c) {
                w.open("if (!_" + get + ".equals(JsonValue.from(" + Names.literal(c.value()) + "))) {")
                        .line("throw new LlamaCloudInvalidDataException(\"`" + p.json() + "` is invalid, received \" + _" + get + ");")
                        .close("}");
            } else if (isJson(p)) {
                continue;
            } else if (t.validates()) {
                w.line(p.requiredValue() ? get + ".validate();" : get + ".ifPresent(" + t.java() + "::validate);");
            } else if (t instanceof TypeRef.ListOf list && list.element().validates()) {
                String each = ".forEach(" + list.element().java() + "::validate)";
                w.line(p.requiredValue() ? get + each + ";" : get + ".ifPresent(list -> list" + each + ");");
            } else {
                w.line(get + ";");
            }
        }
        w.line("validated = true;").line("return this;").close("}").line("");
        w.open("public boolean isValid() {");
        w.open("try {").line("validate();").line("return true;");
        w.middle("} catch (LlamaCloudInvalidDataException e) {").line("return false;").close("}").close("}").line("");
    }

    private void objectMethods(SourceWriter w, String n, List<Prop> props) {
        List<String> names = new ArrayList<>();
        props.forEach(p -> names.add(p.name()));
        names.add("additionalProperties");
        valueMethods(w, n, names);
    }

    /** {@code equals}, {@code hashCode} and {@code toString} over the fields {@code names}. */
    static void valueMethods(SourceWriter w, String n, List<String> names) {
        w.line("@Override");
        w.open("public boolean equals(Object other) {");
        w.open("if (this == other) {").line("return true;").close("}");
        w.open("if (!(other instanceof " + n + ")) {").line("return false;").close("}");
        w.line(n + " that = (" + n + ") other;");
        List<String> eq = new ArrayList<>();
        names.forEach(x -> eq.add("Objects.equals(" + x + ", that." + x + ")"));
        w.line("return " + String.join("\n" + "    ".repeat(w.depth() + 2) + "&& ", eq) + ";");
        w.close("}").line("");
        w.line("@Override");
        w.open("public int hashCode() {").line("return Objects.hash(" + String.join(", ", names) + ");").close("}").line("");
        w.line("@Override");
        w.open("public String toString() {");
        StringBuilder s = new StringBuilder("return \"" + n + "{");
        for (int i = 0; i < names.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(names.get(i)).append("=\" + ").append(names.get(i)).append(" + \"");
        }
        w.line(s.append("}\";").toString());
        w.close("}");
    }
}
