package dev.quire.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the OpenAPI 3.1 document from the route table: every operation with its parameters, body,
 * answers and error shapes, and the schemas they use under {@code components.schemas}. The
 * {@code x-sdk-*} extensions tell the SDK generator the call path, class names, pages and streams.
 */
public final class OpenApi {
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");
    /** Javalin's {@code <name>} (a parameter that may contain slashes) is {@code {name}} in OpenAPI. */
    private static final Pattern SLASHED_PARAM = Pattern.compile("<([^>]+)>");

    /** {@code {"detail": "..."}}: every error but validation. */
    public static final Schema ERROR = Schema.component("ErrorResponse", "errors", Schema.object()
            .description("An error: what went wrong, in words.")
            .required("detail", Schema.string()));

    /** {@code {"detail": [{type, loc, msg, input}]}}: a request that fails validation (422). */
    public static final Schema VALIDATION_ERROR = Schema.component("ValidationErrorResponse", "errors",
            Schema.object()
                    .description("A request that failed validation: one entry per invalid field.")
                    .required("detail", Schema.array(Schema.object().title("Detail")
                            .required("type", Schema.string().description("The error kind (missing, string_type, ...)."))
                            .required("loc", Schema.array(Schema.anyOf(Schema.string(), Schema.integer()).title("Loc"))
                                    .description("Where: body, query, path or header, then field names and indexes."))
                            .required("msg", Schema.string())
                            .optional("input", Schema.any().description("The rejected value.")))));

    private static final Map<Integer, String> ERROR_DESCRIPTIONS = Map.ofEntries(
            Map.entry(400, "Bad request"), Map.entry(401, "Missing or invalid API key"),
            Map.entry(403, "The key's role may not do this"), Map.entry(404, "Not found"),
            Map.entry(409, "Conflict (retrying cannot fix it)"), Map.entry(413, "Request body too large"),
            Map.entry(422, "Validation error"), Map.entry(429, "Too many requests"),
            Map.entry(500, "Internal server error"), Map.entry(502, "A service Quire depends on failed"),
            Map.entry(503, "The server is shutting down"));

    private OpenApi() {}

    /** A map keeping its keys in the order given, so the document reads (and diffs) the same on every run. */
    private static Map<String, Object> ordered(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    /** The OpenAPI form of a Javalin route path. */
    static String path(String javalinPath) {
        return SLASHED_PARAM.matcher(javalinPath).replaceAll("{$1}");
    }

    public static Map<String, Object> document(Router router, String version) {
        return document(router.table(), router.models(), version);
    }

    static Map<String, Object> document(List<Router.Route> routes, List<Schema> models, String version) {
        Map<String, Map<String, Object>> components = new TreeMap<>();
        ERROR.reference(components);
        VALIDATION_ERROR.reference(components);
        models.forEach(model -> model.reference(components));
        Map<String, Object> paths = new LinkedHashMap<>();
        for (Router.Route route : routes) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(
                    path(route.path()), p -> new LinkedHashMap<String, Object>());
            item.put(route.method(), operation(route, components));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.1.0");
        doc.put("info", ordered("title", "Quire API", "version", version,
                "description", "LlamaCloud-compatible Index, Retrieval, Chat, Files and Parse API."));
        doc.put("paths", paths);
        Map<String, Object> componentsJson = new LinkedHashMap<>();
        componentsJson.put("schemas", components);
        componentsJson.put("securitySchemes", ordered("bearerAuth", ordered("type", "http", "scheme", "bearer")));
        doc.put("components", componentsJson);
        return doc;
    }

    private static Map<String, Object> operation(Router.Route route, Map<String, Map<String, Object>> components) {
        Operation op = route.operation();
        Map<String, Object> json = new LinkedHashMap<>();
        op.operationId().ifPresent(id -> json.put("operationId", id));
        json.put("summary", route.summary());
        op.description().ifPresent(d -> json.put("description", d));
        json.put("tags", List.of(route.tag()));
        if (op.skip()) {
            json.put("x-sdk-skip", true);
        }
        op.operationId().ifPresent(id -> json.put("x-sdk-package", sdkPackage(id)));
        op.params().ifPresent(p -> json.put("x-sdk-params", p));
        op.response().flatMap(Schema::sdkName).ifPresent(r -> json.put("x-sdk-response", r));
        op.listOf().flatMap(Schema::sdkName).ifPresent(item -> {
            json.put("x-sdk-response", item);
            json.put("x-sdk-response-container", "list");
        });
        op.pagination().ifPresent(p -> json.put("x-sdk-pagination", pagination(p)));
        json.put("parameters", parameters(route, components));
        op.body().ifPresent(body -> json.put("requestBody", ordered("required", body.hasRequired(), "content",
                ordered(op.multipart() ? "multipart/form-data" : "application/json",
                        ordered("schema", body.reference(components))))));
        json.put("responses", responses(route, components));
        json.put("security", route.authenticated() ? List.of(ordered("bearerAuth", List.of())) : List.of());
        return json;
    }

    /**
     * The models package of an operation's params and page classes: its call path without the method,
     * in lower case ({@code beta.directories.files.upload} is in {@code beta.directories.files},
     * {@code v2Projects.list} in {@code v2projects}).
     */
    static String sdkPackage(String operationId) {
        return operationId.substring(0, operationId.lastIndexOf('.')).toLowerCase(java.util.Locale.ROOT);
    }

    private static Map<String, Object> pagination(Operation.Pagination p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("items", "items");
        json.put("nextToken", "next_page_token");
        json.put("pageParam", "page_token");
        json.put("pageParamIn", p.pageParamIn());
        json.put("page", p.page());
        json.put("pageResponse", p.pageResponse().sdkName().orElseThrow());
        return json;
    }

    private static List<Map<String, Object>> parameters(Router.Route route,
                                                        Map<String, Map<String, Object>> components) {
        List<Map<String, Object>> params = new ArrayList<>();
        Matcher m = PATH_PARAM.matcher(path(route.path()));
        while (m.find()) {
            params.add(ordered("name", m.group(1), "in", "path", "required", true,
                    "schema", ordered("type", "string")));
        }
        Operation op = route.operation();
        for (Operation.Param p : op.parameters()) {
            params.add(parameter(p, components));
        }
        if (route.authenticated() && op.scoped()) {
            for (String scoping : List.of("organization_id", "project_id")) {
                params.add(parameter(new Operation.Param(scoping, "query", false, Schema.string().nullable(), null),
                        components));
            }
        }
        if (route.idempotent()) {
            // Not a field of the official params classes: SDKs send it with their retries.
            params.add(ordered("name", Idempotency.HEADER, "in", "header", "required", false,
                    "description", "Retries with the same key within 24 h get the first answer back",
                    "schema", ordered("type", "string", "maxLength", 255), "x-sdk-skip", true));
        }
        return params;
    }

    private static Map<String, Object> parameter(Operation.Param p, Map<String, Map<String, Object>> components) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", p.name());
        json.put("in", p.in());
        json.put("required", p.required());
        if (p.description() != null) {
            json.put("description", p.description());
        }
        Map<String, Object> schema = p.schema().reference(components);
        json.put("schema", schema);
        if ("array".equals(schema.get("type")) || (schema.get("type") instanceof List<?> t && t.contains("array"))) {
            json.put("style", "form");
            json.put("explode", true);
        }
        return json;
    }

    private static Map<String, Object> responses(Router.Route route, Map<String, Map<String, Object>> components) {
        Operation op = route.operation();
        Map<String, Object> responses = new LinkedHashMap<>();
        Map<String, Object> success = new LinkedHashMap<>();
        success.put("description", route.summary());
        Map<String, Object> content = new LinkedHashMap<>();
        op.response().ifPresent(r -> content.put("application/json", ordered("schema", r.reference(components))));
        if (op.stream().isPresent()) {
            content.put("text/event-stream", ordered("x-sdk-stream", true,
                    "schema", op.stream().get().reference(components)));
        } else if (op.mediaType().isPresent()) {
            content.put(op.mediaType().get(), ordered("schema", ordered()));
        }
        if (!content.isEmpty()) {
            success.put("content", content);
        }
        responses.put(String.valueOf(op.status()), success);
        for (int status : errors(route)) {
            Schema shape = status == 422 ? VALIDATION_ERROR : ERROR;
            responses.put(String.valueOf(status), ordered("description",
                    ERROR_DESCRIPTIONS.getOrDefault(status, "Error"),
                    "content", ordered("application/json", ordered("schema", shape.reference(components)))));
        }
        return responses;
    }

    /**
     * The errors a route can answer: what every route of its kind may answer (a key, ids in the path,
     * parameters or a body to validate, idempotent replays, upload limits) plus what it declares.
     */
    static Set<Integer> errors(Router.Route route) {
        Operation op = route.operation();
        Set<Integer> statuses = new TreeSet<>(op.errors());
        if (op.skip()) {
            return statuses;
        }
        statuses.add(500);
        statuses.add(503);
        if (route.authenticated()) {
            statuses.add(401);
            statuses.add(403); // a project or organization the key may not use (organization_id, project_id)
        }
        if (route.authenticated() && op.scoped()) {
            statuses.add(400); // organization_id and project_id that do not belong together
            statuses.add(404); // an unknown project_id
        }
        if (op.pagination().isPresent()) {
            statuses.add(400); // a page_token that is not this server's or not this listing's
        }
        if (PATH_PARAM.matcher(path(route.path())).find()) {
            statuses.add(404);
        }
        if (op.body().isPresent() || !op.parameters().isEmpty() || route.idempotent()) {
            statuses.add(422);
        }
        if (op.body().isPresent()) {
            statuses.add(400);
            statuses.add(413);
        }
        if (route.idempotent()) {
            statuses.add(409);
        }
        return statuses;
    }
}
