package dev.quire.sdkgen;

import dev.quire.sdkgen.Spec.EnumSpec;

/**
 * A known-values class: constants, {@code of(String)}, {@code Known}/{@code Value} enums, {@code value()},
 * {@code known()}, {@code asString()}; any other string is kept and reads as {@code Value._UNKNOWN}.
 */
final class EnumRenderer {

    String render(EnumSpec spec, int depth, boolean topLevel) {
        String n = spec.name();
        SourceWriter w = new SourceWriter(depth);
        w.javadoc(spec.description());
        w.open(ModelRenderer.classKeyword(topLevel) + n + " {").line("");
        w.line("private final JsonField<String> value;").line("");
        w.line("@JsonCreator(mode = JsonCreator.Mode.DELEGATING)");
        w.open("private " + n + "(JsonField<String> value) {")
                .line("this.value = JsonFields.orMissing(value);")
                .close("}").line("");
        w.line("/** The raw JSON value: a string, or anything else the server sent. */");
        w.line("@com.fasterxml.jackson.annotation.JsonValue");
        w.open("public JsonField<String> _value() {").line("return value;").close("}").line("");
        for (String v : spec.values()) {
            w.line("public static final " + n + " " + Names.constant(v) + " = of(" + Names.literal(v) + ");").line("");
        }
        w.open("public static " + n + " of(String value) {")
                .line("return new " + n + "(JsonField.of(value));").close("}").line("");
        w.line("/** The values this SDK knows. */");
        w.open("public enum Known {");
        for (String v : spec.values()) {
            w.line(Names.constant(v) + ",");
        }
        w.close("}").line("");
        w.line("/** The values this SDK knows, and {@code _UNKNOWN} for any other. */");
        w.open("public enum Value {");
        for (String v : spec.values()) {
            w.line(Names.constant(v) + ",");
        }
        w.line("_UNKNOWN,");
        w.close("}").line("");
        w.line("/** The value as an enum; {@link Value#_UNKNOWN} for one this SDK does not know. */");
        w.open("public Value value() {");
        w.open("switch (value.asString().orElse(\"\")) {");
        for (String v : spec.values()) {
            w.line("case " + Names.literal(v) + ": return Value." + Names.constant(v) + ";");
        }
        w.line("default: return Value._UNKNOWN;");
        w.close("}").close("}").line("");
        w.line("/** @throws LlamaCloudInvalidDataException for a value this SDK does not know */");
        w.open("public Known known() {");
        w.open("switch (value.asString().orElse(\"\")) {");
        for (String v : spec.values()) {
            w.line("case " + Names.literal(v) + ": return Known." + Names.constant(v) + ";");
        }
        w.line("default: throw new LlamaCloudInvalidDataException(\"Unknown " + n + ": \" + value);");
        w.close("}").close("}").line("");
        w.line("/** @throws LlamaCloudInvalidDataException if the value is not a string */");
        w.open("public String asString() {");
        w.line("return value.asString().orElseThrow(() -> new LlamaCloudInvalidDataException(\"Value is not a String\"));");
        w.close("}").line("");
        w.line("private boolean validated;").line("");
        w.line("/** @throws LlamaCloudInvalidDataException for a value this SDK does not know */");
        w.open("public " + n + " validate() {");
        w.open("if (!validated) {").line("known();").line("validated = true;").close("}");
        w.line("return this;").close("}").line("");
        w.open("public boolean isValid() {");
        w.open("try {").line("validate();").line("return true;");
        w.middle("} catch (LlamaCloudInvalidDataException e) {").line("return false;").close("}").close("}").line("");
        w.line("@Override");
        w.open("public boolean equals(Object other) {")
                .line("return this == other || other instanceof " + n + " && value.equals(((" + n + ") other).value);")
                .close("}").line("");
        w.line("@Override");
        w.open("public int hashCode() {").line("return value.hashCode();").close("}").line("");
        w.line("@Override");
        w.open("public String toString() {").line("return value.asString().orElse(String.valueOf(value));").close("}");
        w.close("}");
        return w.toString();
    }
}
