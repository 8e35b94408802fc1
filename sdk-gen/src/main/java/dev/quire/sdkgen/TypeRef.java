package dev.quire.sdkgen;

/** The Java type of a property, as the official SDK types it. */
sealed interface TypeRef {

    /** The boxed Java type, e.g. {@code List<String>}. */
    String java();

    /** The type for a setter or required getter: primitive where Java has one. */
    default String unboxed() {
        return java();
    }

    /** True if values of this type have a {@code validate()} to call. */
    default boolean validates() {
        return false;
    }

    /** String, Long, Double, Boolean or OffsetDateTime. */
    record Scalar(String java, String primitive) implements TypeRef {
        @Override
        public String unboxed() {
            return primitive == null ? java : primitive;
        }
    }

    record ListOf(TypeRef element) implements TypeRef {
        @Override
        public String java() {
            return "List<" + element.java() + ">";
        }
    }

    /** A generated class: a model, a known-values class or a union; nested or top-level. */
    record Model(String java) implements TypeRef {
        @Override
        public boolean validates() {
            return true;
        }
    }

    /** Any JSON ({@code {}} in the schema). */
    record Json() implements TypeRef {
        @Override
        public String java() {
            return "JsonValue";
        }
    }

    /** A fixed value, e.g. a union variant's {@code "type": "stop"}; kept as JSON with that default. */
    record Const(String value) implements TypeRef {
        @Override
        public String java() {
            return "JsonValue";
        }
    }
}
