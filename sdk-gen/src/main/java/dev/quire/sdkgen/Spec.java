package dev.quire.sdkgen;

import java.util.List;

/** What one generated class holds, planned from a schema before any Java is written. */
sealed interface Spec {

    String name();

    String description();

    /** A property of an object model. */
    record Prop(String json, String name, TypeRef type, boolean required, boolean nullable, String description) {
        /** Required and not nullable: the getter returns the value itself, not an {@code Optional}. */
        boolean requiredValue() {
            return required && !nullable;
        }
    }

    /** A model with properties (possibly none: a free-form object kept as additional properties). */
    record ObjectSpec(String name, String description, List<Prop> props, List<Spec> nested) implements Spec {}

    /** A known-values class with an unknown fallback. */
    record EnumSpec(String name, String description, List<String> values) implements Spec {}

    /** A union of variants; {@code discriminator} is the JSON key that picks one, or null (best match). */
    record UnionSpec(String name, String description, List<Variant> variants, String discriminator,
                     List<Spec> nested) implements Spec {}

    /** One variant of a union: {@code ofStop(Stop)}, {@code isStop()}, {@code stop()}, {@code asStop()}. */
    record Variant(String name, TypeRef type, String discriminatorValue) {}
}
