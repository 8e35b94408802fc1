package dev.quire.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the OpenAPI 3.1 document from the route table. It lists every path, method, path parameter
 * and the security requirement; request and response schemas live in the API contract.
 */
final class OpenApi {
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");
    /** Javalin's {@code <name>} (a parameter that may contain slashes) is {@code {name}} in OpenAPI. */
    private static final Pattern SLASHED_PARAM = Pattern.compile("<([^>]+)>");

    private OpenApi() {}

    /** The OpenAPI form of a Javalin route path. */
    static String path(String javalinPath) {
        return SLASHED_PARAM.matcher(javalinPath).replaceAll("{$1}");
    }

    static Map<String, Object> document(List<Router.Route> routes, String version) {
        Map<String, Object> paths = new LinkedHashMap<>();
        for (Router.Route route : routes) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(
                    path(route.path()), p -> new LinkedHashMap<String, Object>());
            item.put(route.method(), operation(route));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.1.0");
        doc.put("info", Map.of("title", "Quire API", "version", version,
                "description", "LlamaCloud-compatible Index and Chat API. Field-level shapes: see the API contract."));
        doc.put("components", Map.of("securitySchemes",
                Map.of("bearerAuth", Map.of("type", "http", "scheme", "bearer"))));
        doc.put("paths", paths);
        return doc;
    }

    private static Map<String, Object> operation(Router.Route route) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("summary", route.summary());
        op.put("tags", List.of(route.tag()));
        op.put("parameters", parameters(route));
        op.put("security", route.authenticated() ? List.of(Map.of("bearerAuth", List.of())) : List.of());
        op.put("responses", Map.of("default", Map.of("description", "See the API contract")));
        return op;
    }

    private static List<Map<String, Object>> parameters(Router.Route route) {
        List<Map<String, Object>> params = new java.util.ArrayList<>();
        Matcher m = PATH_PARAM.matcher(path(route.path()));
        while (m.find()) {
            params.add(Map.of("name", m.group(1), "in", "path", "required", true,
                    "schema", Map.of("type", "string")));
        }
        if (route.authenticated()) {
            for (String scoping : List.of("organization_id", "project_id")) {
                params.add(Map.of("name", scoping, "in", "query", "required", false,
                        "schema", Map.of("type", "string")));
            }
        }
        if (route.idempotent()) {
            params.add(Map.of("name", Idempotency.HEADER, "in", "header", "required", false,
                    "description", "Retries with the same key within 24 h get the first answer back",
                    "schema", Map.of("type", "string", "maxLength", 255)));
        }
        return params;
    }
}
