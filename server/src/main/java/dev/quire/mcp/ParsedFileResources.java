package dev.quire.mcp;

import dev.quire.errors.ApiException;
import dev.quire.retrieval.FileTools;
import dev.quire.tenancy.Scope;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parsed text of an index's files as resources, {@code quire://indexes/{index_id}/files/{file_id}}:
 * the URIs retrieve and find_files return, so a client can open a cited source. An unknown or foreign
 * file is a JSON-RPC "resource not found" error.
 */
final class ParsedFileResources {
    static final String TEMPLATE = "quire://indexes/{index_id}/files/{file_id}";
    private static final Pattern URI = Pattern.compile("quire://indexes/([A-Za-z0-9_-]{1,200})/files/([A-Za-z0-9_-]{1,200})");

    private final FileTools files;

    ParsedFileResources(FileTools files) {
        this.files = files;
    }

    static String uri(String indexId, String fileId) {
        return "quire://indexes/" + indexId + "/files/" + fileId;
    }

    SyncResourceTemplateSpecification specification() {
        McpSchema.ResourceTemplate template = McpSchema.ResourceTemplate.builder().uriTemplate(TEMPLATE)
                .name("parsed-file").title("Parsed file")
                .description("The text Quire parsed from one file of an index (as retrieve, grep_file and read_file "
                        + "see it). URIs come from retrieve and find_files.")
                .mimeType("text/plain").build();
        return new SyncResourceTemplateSpecification(template, (exchange, request) -> {
            Scope scope = (Scope) exchange.transportContext().get(QuireTools.SCOPE);
            Matcher m = URI.matcher(request.uri());
            if (scope == null || !m.matches()) {
                throw McpError.RESOURCE_NOT_FOUND.apply(request.uri());
            }
            String text;
            try {
                text = files.read(scope.projectId(), m.group(1), m.group(2), 0, Optional.empty()).content();
            } catch (ApiException e) {
                throw McpError.RESOURCE_NOT_FOUND.apply(request.uri());
            }
            return new McpSchema.ReadResourceResult(List.of(
                    new McpSchema.TextResourceContents(request.uri(), "text/plain", text)));
        });
    }
}
