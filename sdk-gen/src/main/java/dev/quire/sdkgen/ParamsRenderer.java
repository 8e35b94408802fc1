package dev.quire.sdkgen;

import dev.quire.sdkgen.ParamsPlanner.Param;
import dev.quire.sdkgen.ParamsPlanner.ParamsSpec;
import dev.quire.sdkgen.Spec.ObjectSpec;
import dev.quire.sdkgen.Spec.Prop;
import java.util.ArrayList;
import java.util.List;

/**
 * A params class with the official SDK's API: getters for path and query parameters and (forwarded)
 * body fields, {@code _pathParam(int)}, {@code _queryParams()}, {@code _headers()}, {@code _body()}; a
 * builder with typed, {@code Optional} and {@code JsonField} setters, {@code body(Body)} and additional
 * headers, query parameters and body properties; the {@code Body} model and the nested enums and objects.
 */
final class ParamsRenderer {
    private final ModelRenderer models;

    ParamsRenderer(ModelRenderer models) {
        this.models = models;
    }

    String render(ParamsSpec spec) {
        String n = spec.name();
        List<Param> fields = new ArrayList<>(spec.pathParams());
        fields.addAll(spec.queryParams());
        ObjectSpec body = spec.body();
        List<Prop> bodyProps = body == null ? List.of() : body.props();
        SourceWriter w = new SourceWriter(0);
        w.javadoc(spec.description());
        w.open("public final class " + n + " implements Params {").line("");
        for (Param p : fields) {
            w.line("private final " + p.type().java() + " " + p.name() + ";");
        }
        if (body != null) {
            w.line("private final Body body;");
        }
        w.line("private final AdditionalParams additional;").line("");

        List<String> ctor = new ArrayList<>();
        fields.forEach(p -> ctor.add(p.type().java() + " " + p.name()));
        if (body != null) {
            ctor.add("Body body");
        }
        ctor.add("AdditionalParams additional");
        w.line("private " + n + "(");
        for (int i = 0; i < ctor.size(); i++) {
            w.line("        " + ctor.get(i) + (i == ctor.size() - 1 ? ") {" : ","));
        }
        w.indent();
        fields.forEach(p -> w.line("this." + p.name() + " = " + p.name() + ";"));
        if (body != null) {
            w.line("this.body = body;");
        }
        w.line("this.additional = additional;").close("}").line("");

        for (Param p : fields) {
            w.javadoc(p.description());
            if (p.required()) {
                w.open("public " + p.type().unboxed() + " " + p.name() + "() {").line("return " + p.name() + ";");
            } else {
                w.open("public Optional<" + p.type().java() + "> " + p.name() + "() {")
                        .line("return Optional.ofNullable(" + p.name() + ");");
            }
            w.close("}").line("");
        }
        for (Prop p : bodyProps) {
            if (!isJson(p)) {
                w.javadoc(p.description());
                String boxed = spec.multipart() ? partType(spec, p) : p.type().java();
                String type = p.requiredValue() ? (spec.multipart() ? boxed : p.type().unboxed()) : "Optional<" + boxed + ">";
                w.open("public " + type + " " + p.name() + "() {").line("return body." + p.name() + "();").close("}").line("");
            }
        }
        for (Prop p : bodyProps) {
            w.line("/** The raw " + (spec.multipart() ? "part" : "JSON") + " of {@code " + p.json() + "}. */");
            String raw = spec.multipart() ? "MultipartField<" + partType(spec, p) + ">" : fieldType(p);
            w.open("public " + raw + " _" + p.name() + "() {").line("return body._" + p.name() + "();").close("}").line("");
        }
        if (body != null) {
            w.open("public Map<String, JsonValue> _additionalBodyProperties() {")
                    .line("return body._additionalProperties();").close("}").line("");
        }
        w.open("public Headers _additionalHeaders() {").line("return additional.headers();").close("}").line("");
        w.open("public QueryParams _additionalQueryParams() {").line("return additional.queryParams();").close("}").line("");
        w.open("public Builder toBuilder() {").line("return new Builder().from(this);").close("}").line("");
        if (!hasRequired(spec)) {
            w.open("public static " + n + " none() {").line("return builder().build();").close("}").line("");
        }
        w.javadoc("Returns a mutable builder for constructing an instance of {@link " + n + "}." + requiredList(spec));
        w.open("public static Builder builder() {").line("return new Builder();").close("}").line("");

        builder(w, spec, fields);

        if (body != null && spec.multipart()) {
            w.javadoc("The parts to send, in order: unset ones hold {@code null}; additional body properties as JSON text parts.");
            w.open("public Map<String, MultipartField<?>> _body() {");
            w.line("Map<String, MultipartField<?>> parts = new LinkedHashMap<>();");
            for (Prop p : bodyProps) {
                w.line("parts.put(" + Names.literal(p.json()) + ", body._" + p.name() + "());");
            }
            w.line("body._additionalProperties().forEach((key, value) -> parts.put(key, MultipartField.of(value)));");
            w.line("return Collections.unmodifiableMap(parts);").close("}").line("");
        } else if (body != null) {
            w.open("public Body _body() {").line("return body;").close("}").line("");
        }
        if (!spec.pathParams().isEmpty()) {
            w.javadoc("The path parameter at {@code index} in URL order; {@code \"\"} if unset or out of range.");
            w.open("public String _pathParam(int index) {");
            w.open("switch (index) {");
            for (int i = 0; i < spec.pathParams().size(); i++) {
                String name = spec.pathParams().get(i).name();
                w.line("case " + i + ":").line("    return " + name + " == null ? \"\" : " + name + ";");
            }
            w.line("default:").line("    return \"\";");
            w.close("}").close("}").line("");
        }
        w.line("@Override");
        w.open("public Headers _headers() {").line("return additional.headers();").close("}").line("");
        w.line("@Override");
        w.open("public QueryParams _queryParams() {");
        w.line("QueryParams.Builder query = QueryParams.builder();");
        for (Param p : spec.queryParams()) {
            String key = Names.literal(p.json());
            if (p.type() instanceof TypeRef.ListOf list) {
                w.open("if (" + p.name() + " != null) {")
                        .line(p.name() + ".forEach(value -> query.put(" + key + ", " + format(list.element(), "value") + "));")
                        .close("}");
            } else {
                w.open("if (" + p.name() + " != null) {")
                        .line("query.put(" + key + ", " + format(p.type(), p.name()) + ");").close("}");
            }
        }
        w.line("return query.putAll(additional.queryParams()).build();").close("}").line("");

        if (body != null && spec.multipart()) {
            multipartBody(w, spec);
        } else if (body != null) {
            w.raw(new ObjectRenderer(models).render(body, w.depth(), false, false)).line("");
        }
        for (Spec nested : spec.nested()) {
            w.raw(models.renderClass(nested, w.depth(), false)).line("");
        }
        objectMethods(w, n, fields, body != null);
        w.close("}");
        return models.file(spec.packageName(), w.toString(), spec.imports());
    }

    private static String format(TypeRef type, String value) {
        if (type.java().equals("String")) {
            return value;
        }
        if (type.java().equals("OffsetDateTime")) {
            return "DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(" + value + ")";
        }
        return "String.valueOf(" + value + ")";
    }

    private static boolean hasRequired(ParamsSpec spec) {
        return spec.queryParams().stream().anyMatch(Param::required)
                || (spec.body() != null && spec.body().props().stream()
                        .anyMatch(p -> p.required() && !(p.type() instanceof TypeRef.Const)));
    }

    private static String requiredList(ParamsSpec spec) {
        StringBuilder s = new StringBuilder();
        spec.queryParams().stream().filter(Param::required).forEach(p -> s.append("\n{@code .").append(p.name()).append("()}"));
        if (spec.body() != null) {
            spec.body().props().stream().filter(p -> p.required() && !(p.type() instanceof TypeRef.Const))
                    .forEach(p -> s.append("\n{@code .").append(p.name()).append("()}"));
        }
        return s.length() == 0 ? "" : "\n\nThe following fields are required:" + s;
    }

    private static boolean isJson(Prop p) {
        return p.type() instanceof TypeRef.Json || p.type() instanceof TypeRef.Const;
    }

    private static String fieldType(Prop p) {
        return isJson(p) ? "JsonValue" : "JsonField<" + p.type().java() + ">";
    }

    private void builder(SourceWriter w, ParamsSpec spec, List<Param> fields) {
        String n = spec.name();
        ObjectSpec body = spec.body();
        w.line("/** A builder for {@link " + n + "}. */");
        w.open("public static final class Builder implements ParamsBuilder<Builder> {").line("");
        for (Param p : fields) {
            w.line("private " + p.type().java() + " " + p.name() + ";");
        }
        if (body != null) {
            w.line("private Body.Builder body = Body.builder();");
        }
        w.line("private AdditionalParams.Builder additional = AdditionalParams.builder();").line("");
        w.line("private Builder() {}").line("");
        w.open("private Builder from(" + n + " params) {");
        for (Param p : fields) {
            w.line(p.name() + " = params." + p.name() + (p.type() instanceof TypeRef.ListOf
                    ? " == null ? null : new ArrayList<>(params." + p.name() + ");" : ";"));
        }
        if (body != null) {
            w.line("body = params.body.toBuilder();");
        }
        w.line("additional = params.additional.toBuilder();");
        w.line("return this;").close("}").line("");
        w.line("@Override");
        w.open("public AdditionalParams.Builder _additional() {").line("return additional;").close("}").line("");

        for (Param p : fields) {
            parameterSetters(w, p);
        }
        if (body != null) {
            w.javadoc("Sets the whole body at once; the body setters below edit single fields.");
            w.open("public Builder body(Body body) {").line("this.body = body.toBuilder();").line("return this;").close("}").line("");
            for (Prop p : body.props()) {
                if (spec.multipart()) {
                    for (String type : partSetterTypes(spec, p)) {
                        w.open("public Builder " + p.name() + "(" + type + " " + p.name() + ") {")
                                .line("body." + p.name() + "(" + p.name() + ");").line("return this;").close("}").line("");
                    }
                } else {
                    bodySetters(w, p);
                }
            }
            forward(w, "additionalBodyProperties(Map<String, JsonValue> additionalBodyProperties)",
                    "body.additionalProperties(additionalBodyProperties);");
            forward(w, "putAdditionalBodyProperty(String key, JsonValue value)", "body.putAdditionalProperty(key, value);");
            forward(w, "putAllAdditionalBodyProperties(Map<String, JsonValue> additionalBodyProperties)",
                    "body.putAllAdditionalProperties(additionalBodyProperties);");
            forward(w, "removeAdditionalBodyProperty(String key)", "body.removeAdditionalProperty(key);");
            forward(w, "removeAllAdditionalBodyProperties(Set<String> keys)", "body.removeAllAdditionalProperties(keys);");
        }

        w.javadoc("Returns an immutable instance of {@link " + n + "}.\n\n"
                + "@throws IllegalStateException if a required field is unset." + requiredList(spec));
        w.open("public " + n + " build() {");
        List<String> args = new ArrayList<>();
        for (Param p : fields) {
            String value = p.required() ? "Check.checkRequired(" + Names.literal(p.name()) + ", " + p.name() + ")" : p.name();
            args.add(p.type() instanceof TypeRef.ListOf
                    ? p.name() + " == null ? null : Collections.unmodifiableList(new ArrayList<>(" + p.name() + "))"
                    : value);
        }
        if (body != null) {
            args.add("body.build()");
        }
        args.add("additional.build()");
        w.line("return new " + n + "(");
        for (int i = 0; i < args.size(); i++) {
            w.line("        " + args.get(i) + (i == args.size() - 1 ? ");" : ","));
        }
        w.close("}");
        w.close("}").line("");
    }

    private static void forward(SourceWriter w, String signature, String call) {
        w.open("public Builder " + signature + " {").line(call).line("return this;").close("}").line("");
    }

    private static void parameterSetters(SourceWriter w, Param p) {
        String name = p.name();
        TypeRef t = p.type();
        w.javadoc(p.description());
        if (t instanceof TypeRef.ListOf) {
            w.open("public Builder " + name + "(" + t.java() + " " + name + ") {")
                    .line("this." + name + " = " + name + " == null ? null : new ArrayList<>(" + name + ");")
                    .line("return this;").close("}").line("");
        } else {
            w.open("public Builder " + name + "(" + t.java() + " " + name + ") {")
                    .line("this." + name + " = " + name + ";").line("return this;").close("}").line("");
        }
        if (!t.unboxed().equals(t.java())) {
            w.open("public Builder " + name + "(" + t.unboxed() + " " + name + ") {")
                    .line("return " + name + "((" + t.java() + ") " + name + ");").close("}").line("");
        }
        w.line("/** Alias for calling {@link Builder#" + name + "} with {@code " + name + ".orElse(null)}. */");
        w.open("public Builder " + name + "(Optional<" + t.java() + "> " + name + ") {")
                .line("return " + name + "(" + name + ".orElse(null));").close("}").line("");
        if (t instanceof TypeRef.ListOf list) {
            String one = Names.singular(name);
            String adder = "add" + Character.toUpperCase(one.charAt(0)) + one.substring(1);
            w.line("/** Adds one element to {@link Builder#" + name + "}. */");
            w.open("public Builder " + adder + "(" + list.element().unboxed() + " " + one + ") {");
            w.open("if (this." + name + " == null) {").line("this." + name + " = new ArrayList<>();").close("}");
            w.line("this." + name + ".add(" + one + ");").line("return this;").close("}").line("");
        }
    }

    /** The same setters as {@code Body.Builder}'s, each forwarding to it. */
    private static void bodySetters(SourceWriter w, Prop p) {
        String name = p.name();
        List<String> types = new ArrayList<>();
        if (isJson(p)) {
            types.add("JsonValue");
        } else {
            TypeRef t = p.type();
            if (p.nullable()) {
                types.add(t.java());
                if (!t.unboxed().equals(t.java())) {
                    types.add(t.unboxed());
                }
                types.add("Optional<" + t.java() + ">");
            } else {
                types.add(t.unboxed());
            }
            types.add("JsonField<" + t.java() + ">");
        }
        boolean first = true;
        for (String type : types) {
            if (first) {
                w.javadoc(p.description());
                first = false;
            }
            w.open("public Builder " + name + "(" + type + " " + name + ") {")
                    .line("body." + name + "(" + name + ");").line("return this;").close("}").line("");
        }
        if (p.type() instanceof TypeRef.ListOf list) {
            String one = Names.singular(name);
            String adder = "add" + Character.toUpperCase(one.charAt(0)) + one.substring(1);
            String elementType = list.element() instanceof TypeRef.Const ? "JsonValue" : list.element().unboxed();
            w.line("/** Adds one element to {@link Builder#" + name + "}. */");
            w.open("public Builder " + adder + "(" + elementType + " " + one + ") {")
                    .line("body." + adder + "(" + one + ");").line("return this;").close("}").line("");
        }
    }

    /** The Java type of a multipart part's value: {@code InputStream} for a file, else the schema's type. */
    private static String partType(ParamsSpec spec, Prop p) {
        return spec.fileParts().contains(p.json()) ? "InputStream" : p.type().java();
    }

    /** The setter overloads of a part, as the official SDK has them. */
    private static List<String> partSetterTypes(ParamsSpec spec, Prop p) {
        String type = partType(spec, p);
        if (spec.fileParts().contains(p.json())) {
            return List.of("InputStream", "MultipartField<InputStream>", "byte[]", "Path");
        }
        List<String> types = new ArrayList<>();
        types.add(type);
        if (!p.requiredValue()) {
            if (!p.type().unboxed().equals(type)) {
                types.add(p.type().unboxed());
            }
            types.add("Optional<" + type + ">");
        }
        types.add("MultipartField<" + type + ">");
        return types;
    }

    /** A multipart {@code Body}: each part a {@link MultipartField}, read back through typed getters. */
    private static void multipartBody(SourceWriter w, ParamsSpec spec) {
        List<Prop> props = spec.body().props();
        w.line("/** The multipart body: one part per field. */");
        w.open("public static final class Body {").line("");
        for (Prop p : props) {
            w.line("private final MultipartField<" + partType(spec, p) + "> " + p.name() + ";");
        }
        w.line("private final Map<String, JsonValue> additionalProperties;");
        w.line("private boolean validated;").line("");
        List<String> ctor = new ArrayList<>();
        props.forEach(p -> ctor.add("MultipartField<" + partType(spec, p) + "> " + p.name()));
        ctor.add("Map<String, JsonValue> additionalProperties");
        w.line("private Body(");
        for (int i = 0; i < ctor.size(); i++) {
            w.line("        " + ctor.get(i) + (i == ctor.size() - 1 ? ") {" : ","));
        }
        w.indent();
        props.forEach(p -> w.line("this." + p.name() + " = " + p.name() + ";"));
        w.line("this.additionalProperties = additionalProperties;").close("}").line("");
        for (Prop p : props) {
            w.javadoc(p.description());
            String type = partType(spec, p);
            if (p.requiredValue()) {
                w.open("public " + type + " " + p.name() + "() {")
                        .line("return JsonFields.getRequired(" + p.name() + ".value(), " + Names.literal(p.json()) + ");");
            } else {
                w.open("public Optional<" + type + "> " + p.name() + "() {")
                        .line("return JsonFields.getOptional(" + p.name() + ".value(), " + Names.literal(p.json()) + ");");
            }
            w.close("}").line("");
        }
        for (Prop p : props) {
            w.open("public MultipartField<" + partType(spec, p) + "> _" + p.name() + "() {").line("return " + p.name() + ";").close("}").line("");
        }
        w.open("public Map<String, JsonValue> _additionalProperties() {")
                .line("return Collections.unmodifiableMap(additionalProperties);").close("}").line("");
        w.open("public Builder toBuilder() {").line("return new Builder().from(this);").close("}").line("");
        w.open("public static Builder builder() {").line("return new Builder();").close("}").line("");

        w.line("/** A builder for {@link Body}. */");
        w.open("public static final class Builder {").line("");
        for (Prop p : props) {
            w.line("private MultipartField<" + partType(spec, p) + "> " + p.name() + (p.required() ? "" : " = MultipartField.<" + partType(spec, p) + ">builder().build()") + ";");
        }
        w.line("private Map<String, JsonValue> additionalProperties = new LinkedHashMap<>();").line("");
        w.line("private Builder() {}").line("");
        w.open("private Builder from(Body body) {");
        props.forEach(p -> w.line(p.name() + " = body." + p.name() + ";"));
        w.line("additionalProperties = new LinkedHashMap<>(body.additionalProperties);").line("return this;").close("}").line("");
        for (Prop p : props) {
            String type = partType(spec, p);
            String name = p.name();
            for (String setter : partSetterTypes(spec, p)) {
                w.open("public Builder " + name + "(" + setter + " " + name + ") {");
                if (setter.startsWith("MultipartField")) {
                    w.line("this." + name + " = " + name + ";").line("return this;");
                } else if (setter.equals("byte[]")) {
                    w.line("return " + name + "(MultipartField.<InputStream>builder().bytes(" + name + ").build());");
                } else if (setter.startsWith("Optional")) {
                    w.line("return " + name + "(" + name + ".orElse(null));");
                } else if (setter.equals("Path")) {
                    w.line("return " + name + "(MultipartField.of(" + name + "));");
                } else if (!setter.equals(type) && !setter.equals("InputStream")) {
                    w.line("return " + name + "((" + type + ") " + name + ");");
                } else {
                    w.line("return " + name + "(MultipartField.<" + type + ">of(" + name + "));");
                }
                w.close("}").line("");
            }
        }
        ObjectRenderer.additionalPropertySetters(w);
        w.javadoc("@throws IllegalStateException if a required part is unset");
        w.open("public Body build() {");
        List<String> args = new ArrayList<>();
        props.forEach(p -> args.add(p.required() ? "Check.checkRequired(" + Names.literal(p.name()) + ", " + p.name() + ")" : p.name()));
        args.add("new LinkedHashMap<>(additionalProperties)");
        w.line("return new Body(");
        for (int i = 0; i < args.size(); i++) {
            w.line("        " + args.get(i) + (i == args.size() - 1 ? ");" : ","));
        }
        w.close("}").close("}").line("");

        w.javadoc("Checks that every part has its declared type.\n\n"
                + "@throws LlamaCloudInvalidDataException if a required part is missing or a part has an unexpected type");
        w.open("public Body validate() {");
        w.open("if (validated) {").line("return this;").close("}");
        props.forEach(p -> w.line(p.name() + "();"));
        w.line("validated = true;").line("return this;").close("}").line("");
        w.open("public boolean isValid() {");
        w.open("try {").line("validate();").line("return true;");
        w.middle("} catch (LlamaCloudInvalidDataException e) {").line("return false;").close("}").close("}").line("");
        List<String> names = new ArrayList<>();
        props.forEach(p -> names.add(p.name()));
        names.add("additionalProperties");
        ObjectRenderer.valueMethods(w, "Body", names);
        w.close("}").line("");
    }

    private static void objectMethods(SourceWriter w, String n, List<Param> fields, boolean hasBody) {
        List<String> names = new ArrayList<>();
        fields.forEach(p -> names.add(p.name()));
        if (hasBody) {
            names.add("body");
        }
        names.add("additional");
        ObjectRenderer.valueMethods(w, n, names);
    }
}
