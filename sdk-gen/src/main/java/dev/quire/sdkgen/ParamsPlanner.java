package dev.quire.sdkgen;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.sdkgen.Spec.ObjectSpec;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the document's operations into params class plans: one class per operation that has
 * {@code x-sdk-params}, with its path parameters (in URL order), query parameters and JSON body.
 * Header parameters (the idempotency key) are not params fields in the official SDK: callers set them
 * as additional headers.
 */
final class ParamsPlanner {

    /** A path or query parameter. */
    record Param(String json, String name, TypeRef type, boolean required, String description) {}

    /**
     * One params class to write. {@code body} is null when the operation has no body; a multipart body
     * ({@code multipart}) has its file parts (schema {@code format: binary}) named in {@code fileParts}.
     */
    record ParamsSpec(String name, String packageName, String description, List<Param> pathParams,
                      List<Param> queryParams, ObjectSpec body, boolean multipart, Set<String> fileParts,
                      List<Spec> nested, Set<String> imports) {}

    private final JsonNode document;
    private final ModelPlanner models;
    private final String modelsPackage;
    private final Set<String> skip;

    /** @param skip params classes not to generate, as {@code Name} or {@code sdk.package.Name} */
    ParamsPlanner(JsonNode document, ModelPlanner models, String modelsPackage, Set<String> skip) {
        this.document = document;
        this.models = models;
        this.modelsPackage = modelsPackage;
        this.skip = skip;
    }

    List<ParamsSpec> plan() {
        List<ParamsSpec> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            for (Iterator<Map.Entry<String, JsonNode>> ops = paths.next().getValue().fields(); ops.hasNext(); ) {
                JsonNode op = ops.next().getValue();
                String name = op.path("x-sdk-params").asText("");
                String sub = op.path("x-sdk-package").asText("");
                if (!op.isObject() || op.path("x-sdk-skip").asBoolean(false) || name.isEmpty()
                        || skip.contains(name) || skip.contains(sub + "." + name)) {
                    continue;
                }
                out.add(plan(name, sub.isEmpty() ? modelsPackage : modelsPackage + "." + sub, op));
            }
        }
        return out;
    }

    private ParamsSpec plan(String name, String pkg, JsonNode op) {
        Set<String> imports = new TreeSet<>();
        List<Spec> nested = new ArrayList<>();
        List<Param> path = new ArrayList<>();
        List<Param> query = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            String in = p.path("in").asText();
            if (!in.equals("path") && !in.equals("query")) {
                continue;
            }
            String json = p.path("name").asText();
            TypeRef type = models.parameterType(p.path("schema"), json, pkg, imports, nested);
            Param param = new Param(json, Names.camel(json), type, p.path("required").asBoolean(false) && in.equals("query"),
                    p.path("description").asText(null));
            (in.equals("path") ? path : query).add(param);
        }
        ObjectSpec body = null;
        JsonNode content = op.path("requestBody").path("content");
        boolean multipart = content.has("multipart/form-data");
        JsonNode schema = content.path(multipart ? "multipart/form-data" : "application/json").path("schema");
        Set<String> fileParts = new TreeSet<>();
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            String key = ref.substring(ref.lastIndexOf('/') + 1);
            document.path("components").path("schemas").path(key).path("properties").fields().forEachRemaining(e -> {
                if ("binary".equals(e.getValue().path("format").asText())) {
                    fileParts.add(e.getKey());
                }
            });
            body = models.planBody(key, pkg, imports);
            for (Spec s : body.nested()) {
                if (nested.stream().noneMatch(n -> n.name().equals(s.name()))) {
                    nested.add(s);
                }
            }
        }
        String description = op.path("description").asText(op.path("summary").asText(null));
        return new ParamsSpec(name, pkg, description, path, query, body, multipart, fileParts, nested, imports);
    }
}
