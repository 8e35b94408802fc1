package dev.quire.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.llamacloud_prod.api.client.LlamaCloudClient;
import com.llamacloud_prod.api.core.JsonValue;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalRetrieveParams;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalRetrieveResponse;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code quire search --index NAME "query"}: hybrid search, best first, each hit with its source and text. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search an index (full text and vectors); prints the best chunks with their file and pages.")
final class SearchCommand implements Callable<Integer>, ServerCommand {
    @ParentCommand
    private QuireCli cli;

    @Mixin
    private ServerOptions server;

    @Option(names = "--index", required = true, paramLabel = "NAME", description = "Index to search (name or id).")
    private String index;

    @Option(names = "--top-k", paramLabel = "N", defaultValue = "5", description = "How many results (default: ${DEFAULT-VALUE}).")
    private long topK;

    @Option(names = "--json", description = "Print the raw response.")
    private boolean json;

    @Parameters(index = "0", paramLabel = "QUERY", description = "What to look for (quote it).")
    private String query;

    @Override
    public String url() {
        return server.url(cli.console);
    }

    @Override
    public Integer call() throws Exception {
        if (query.isBlank()) {
            throw new CliFailure(ExitCodes.USAGE, "the query is empty");
        }
        if (topK < 1 || topK > 100) {
            throw new CliFailure(ExitCodes.USAGE, "--top-k must be between 1 and 100: " + topK);
        }
        PrintStream out = cli.console.out();
        LlamaCloudClient client = server.client(cli.console);
        String indexId = Indexes.existing(client, index).id();
        RetrievalRetrieveResponse response = client.beta().retrieval().retrieve(RetrievalRetrieveParams.builder()
                .indexId(indexId).query(query).topK(topK).build());
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(
                    Map.of("results", response.results().stream().map(SearchCommand::asMap).toList())));
            return ExitCodes.OK;
        }
        if (response.results().isEmpty()) {
            out.println("no results");
            return ExitCodes.OK;
        }
        int n = 0;
        for (RetrievalRetrieveResponse.Result result : response.results()) {
            Map<String, JsonValue> raw = JsonValue.from(asMap(result)).asObject().orElse(Map.of());
            String score = result.score().map(s -> String.format(" (score %.3f)", s)).orElse("");
            out.println("[" + ++n + "] " + Sources.describe(raw) + score);
            String text = result.content().replaceAll("\\s+", " ").trim();
            out.println("    " + (text.length() > 300 ? text.substring(0, 300) + "..." : text));
        }
        return ExitCodes.OK;
    }

    /** A result as the API sent it (the SDK's typed view, its unknown keys included). */
    private static Map<String, Object> asMap(RetrievalRetrieveResponse.Result result) {
        Map<String, Object> map = new LinkedHashMap<>(result._additionalProperties());
        map.put("content", result.content());
        result.score().ifPresent(s -> map.put("score", s));
        result.rerankScore().ifPresent(s -> map.put("rerank_score", s));
        map.put("metadata", result.metadata().map(m -> (Object) m._additionalProperties()).orElse(Map.of()));
        result.staticFields().ifPresent(f -> {
            Map<String, Object> fields = new LinkedHashMap<>(f._additionalProperties());
            f.pageRangeStart().ifPresent(v -> fields.put("page_range_start", v));
            f.pageRangeEnd().ifPresent(v -> fields.put("page_range_end", v));
            f.chunkIndex().ifPresent(v -> fields.put("chunk_index", v));
            f.parsedDirectoryFileId().ifPresent(v -> fields.put("parsed_directory_file_id", v));
            map.put("static_fields", fields);
        });
        return map;
    }
}
