package dev.quire.sdkgen;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.sdkgen.Spec.EnumSpec;
import dev.quire.sdkgen.Spec.ObjectSpec;
import dev.quire.sdkgen.Spec.Prop;
import dev.quire.sdkgen.Spec.UnionSpec;
import dev.quire.sdkgen.Spec.Variant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the document's component schemas into class plans: one top-level class per schema that has
 * {@code x-sdk-package}, with inline objects, enums and unions as nested classes named by their
 * {@code title} (else by the property), as the official SDK nests them.
 */
final class ModelPlanner {

    /** One file to write: a top-level class, its package and the classes it imports from other packages. */
    record TopLevel(String packageName, Spec spec, Set<String> imports) {}

    private final JsonNode schemas;
    private final String modelsPackage;
    private final Set<String> skip;

    /**
     * @param modelsPackage e.g. {@code com.llamacloud_prod.api.models}
     * @param skip          schema names not to generate (classes still written by hand)
     */
    ModelPlanner(JsonNode document, String modelsPackage, Set<String> skip) {
        this.schemas = document.path("components").path("schemas");
        this.modelsPackage = modelsPackage;
        this.skip = skip;
    }

    List<TopLevel> plan() {
        List<TopLevel> out = new ArrayList<>();
        for (Iterator<String> it = schemas.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            JsonNode schema = schemas.get(key);
            String name = className(key);
            if (!schema.hasNonNull("x-sdk-package") || skip.contains(name) || skip.contains(key)
                    || name.endsWith("ParamsBody")) {
                continue;
            }
            String pkg = packageOf(key);
            Set<String> imports = new TreeSet<>();
            Context ctx = new Context(pkg, imports);
            Spec spec = declare(name, schema, ctx, new ArrayList<>());
            out.add(new TopLevel(pkg, spec, imports));
        }
        return out;
    }

    /**
     * Plans a params body component ({@code <Params>Body}) as the class {@code Body} of package {@code pkg}.
     * Its inline objects and enums are returned in the spec's {@code nested}; the params class declares them
     * beside {@code Body}, where the official SDK has them ({@code ChatCreateParams.SharedAccess}).
     */
    ObjectSpec planBody(String schemaKey, String pkg, Set<String> imports) {
        return (ObjectSpec) declare("Body", schemas.path(schemaKey), new Context(pkg, imports), new ArrayList<>());
    }

    /** The Java type of a parameter's schema; inline enums are added to {@code nested}. */
    TypeRef parameterType(JsonNode schema, String name, String pkg, Set<String> imports, List<Spec> nested) {
        return type(schema, name, new Context(pkg, imports), nested).type();
    }

    /**
     * The class of a component: its {@code x-sdk-name}, else its key (keys are unique in the document, class
     * names only within a package, e.g. {@code files.FileListResponse} and {@code beta.directories.files.FileListResponse}).
     */
    private String className(String schemaKey) {
        return schemas.path(schemaKey).path("x-sdk-name").asText(schemaKey);
    }

    private String packageOf(String schemaName) {
        JsonNode schema = schemas.path(schemaName);
        String sub = schema.path("x-sdk-package").asText("");
        return sub.isEmpty() ? modelsPackage : modelsPackage + "." + sub;
    }

    /** The package and imports of the file being planned. */
    private record Context(String packageName, Set<String> imports) {}

    /** A type and whether null is allowed. */
    private record Typed(TypeRef type, boolean nullable) {}

    /** Plans the class for {@code schema}: a union, an enum or an object model. */
    private Spec declare(String name, JsonNode schema, Context ctx, List<Spec> siblings) {
        String description = schema.path("description").asText(null);
        List<JsonNode> members = unionMembers(schema);
        if (members.size() > 1) {
            return union(name, description, schema, members, ctx);
        }
        if (!enumValues(schema).isEmpty()) {
            return new EnumSpec(name, description, enumValues(schema));
        }
        List<Spec> nested = new ArrayList<>();
        List<Prop> props = new ArrayList<>();
        Set<String> required = new LinkedHashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Typed typed = type(e.getValue(), e.getKey(), ctx, nested);
            props.add(new Prop(e.getKey(), Names.camel(e.getKey()), typed.type(), required.contains(e.getKey()),
                    typed.nullable(), e.getValue().path("description").asText(null)));
        }
        return new ObjectSpec(name, description, props, nested);
    }

    private UnionSpec union(String name, String description, JsonNode schema, List<JsonNode> members, Context ctx) {
        String discriminator = schema.path("discriminator").path("propertyName").asText(null);
        if (discriminator == null) {
            discriminator = inferredDiscriminator(members);
        }
        List<Spec> nested = new ArrayList<>();
        List<Variant> variants = new ArrayList<>();
        for (JsonNode member : members) {
            JsonNode resolved = resolve(member);
            String title = member.has("$ref") ? className(refName(member)) : member.path("title").asText(null);
            Typed typed = type(member, title == null ? "variant" : title, ctx, nested);
            String variantName = title != null ? title : scalarVariantName(typed.type());
            String discriminatorValue = null;
            if (discriminator != null) {
                JsonNode d = resolved.path("properties").path(discriminator);
                discriminatorValue = d.has("const") ? d.get("const").asText()
                        : d.path("enum").size() == 1 ? d.path("enum").get(0).asText() : null;
            }
            variants.add(new Variant(variantName, typed.type(), discriminatorValue));
        }
        return new UnionSpec(name, description, variants, discriminator, nested);
    }

    /**
     * A key every variant declares with one fixed value (e.g. {@code "type": "stop"}), preferring
     * {@code type}; null if there is none. Such a union is read by that key, like a declared discriminator.
     */
    private String inferredDiscriminator(List<JsonNode> members) {
        Set<String> common = null;
        for (JsonNode member : members) {
            JsonNode props = resolve(member).path("properties");
            Set<String> fixed = new LinkedHashSet<>();
            props.fields().forEachRemaining(e -> {
                JsonNode p = e.getValue();
                if (p.has("const") || p.path("enum").size() == 1) {
                    fixed.add(e.getKey());
                }
            });
            if (common == null) {
                common = fixed;
            } else {
                common.retainAll(fixed);
            }
        }
        if (common == null || common.isEmpty()) {
            return null;
        }
        return common.contains("type") ? "type" : common.iterator().next();
    }

    private static String scalarVariantName(TypeRef type) {
        if (type instanceof TypeRef.ListOf list) {
            return Names.pascal(scalarVariantName(list.element())) + "s";
        }
        return switch (type.java()) {
            case "Long" -> "Integer";
            case "Double" -> "Number";
            case "OffsetDateTime" -> "DateTime";
            default -> type.java();
        };
    }

    /** The Java type of a property's schema; inline objects/enums/unions are added to {@code nested}. */
    private Typed type(JsonNode schema, String propName, Context ctx, List<Spec> nested) {
        if (schema.has("$ref")) {
            String ref = refName(schema);
            String pkg = packageOf(ref);
            String cls = className(ref);
            if (!pkg.equals(ctx.packageName())) {
                ctx.imports().add(pkg + "." + cls);
            }
            return new Typed(new TypeRef.Model(cls), false);
        }
        List<JsonNode> members = unionMembers(schema);
        boolean nullable = isNullable(schema);
        if (members.size() == 1) {
            Typed inner = type(members.get(0), propName, ctx, nested);
            return new Typed(inner.type(), nullable || inner.nullable());
        }
        if (members.size() > 1) {
            return new Typed(nestedModel(schema, propName, ctx, nested), nullable);
        }
        if (schema.has("const")) {
            return new Typed(new TypeRef.Const(schema.get("const").asText()), nullable);
        }
        String type = mainType(schema);
        switch (type) {
            case "string":
                if (!enumValues(schema).isEmpty()) {
                    return new Typed(nestedModel(schema, propName, ctx, nested), nullable);
                }
                return new Typed("date-time".equals(schema.path("format").asText())
                        ? new TypeRef.Scalar("OffsetDateTime", null)
                        : new TypeRef.Scalar("String", null), nullable);
            case "integer":
                return new Typed(new TypeRef.Scalar("Long", "long"), nullable);
            case "number":
                return new Typed(new TypeRef.Scalar("Double", "double"), nullable);
            case "boolean":
                return new Typed(new TypeRef.Scalar("Boolean", "boolean"), nullable);
            case "array": {
                Typed element = type(schema.path("items"), Names.singular(propName), ctx, nested);
                return new Typed(new TypeRef.ListOf(element.type()), nullable);
            }
            case "object":
                return new Typed(nestedModel(schema, propName, ctx, nested), nullable);
            default:
                return new Typed(new TypeRef.Json(), nullable);
        }
    }

    /** Declares (or reuses, for an identical schema) a nested class named by the schema's title. */
    private TypeRef nestedModel(JsonNode schema, String propName, Context ctx, List<Spec> nested) {
        String base = schema.path("title").asText(Names.pascal(propName));
        String name = base;
        for (int i = 2; ; i++) {
            Spec existing = find(nested, name);
            if (existing == null) {
                break;
            }
            if (declared.get(existing) != null && declared.get(existing).equals(schema)) {
                return new TypeRef.Model(name);
            }
            name = base + i;
        }
        Spec spec = declare(name, schema, ctx, nested);
        declared.put(spec, schema);
        nested.add(spec);
        return new TypeRef.Model(name);
    }

    private final Map<Spec, JsonNode> declared = new HashMap<>();

    private static Spec find(List<Spec> specs, String name) {
        return specs.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    private JsonNode resolve(JsonNode schema) {
        return schema.has("$ref") ? schemas.path(refName(schema)) : schema;
    }

    private static String refName(JsonNode schema) {
        String ref = schema.get("$ref").asText();
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    /** The non-null members of {@code anyOf}/{@code oneOf}; empty if neither is there. */
    private static List<JsonNode> unionMembers(JsonNode schema) {
        JsonNode list = schema.has("oneOf") ? schema.get("oneOf") : schema.path("anyOf");
        List<JsonNode> members = new ArrayList<>();
        list.forEach(m -> {
            if (!"null".equals(m.path("type").asText())) {
                members.add(m);
            }
        });
        return members;
    }

    private static boolean isNullable(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if ("null".equals(t.asText())) return true;
            }
        }
        if (schema.path("nullable").asBoolean(false)) {
            return true;
        }
        JsonNode list = schema.has("oneOf") ? schema.get("oneOf") : schema.path("anyOf");
        for (JsonNode m : list) {
            if ("null".equals(m.path("type").asText())) return true;
        }
        return false;
    }

    private static String mainType(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) return t.asText();
            }
            return "";
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") || schema.has("additionalProperties") ? "object" : "";
    }

    private static List<String> enumValues(JsonNode schema) {
        List<String> values = new ArrayList<>();
        schema.path("enum").forEach(v -> {
            if (!v.isNull()) values.add(v.asText());
        });
        return values;
    }
}
