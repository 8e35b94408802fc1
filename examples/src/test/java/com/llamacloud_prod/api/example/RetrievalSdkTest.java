package com.llamacloud_prod.api.example;

import com.llamacloud_prod.api.core.MultipartField;
import com.llamacloud_prod.api.core.JsonValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.llamacloud_prod.api.client.LlamaCloudClient;
import com.llamacloud_prod.api.errors.NotFoundException;
import com.llamacloud_prod.api.errors.UnprocessableEntityException;
import com.llamacloud_prod.api.models.beta.directories.DirectoryCreateParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileUploadParams;
import com.llamacloud_prod.api.models.beta.indexes.IndexCreateParams;
import com.llamacloud_prod.api.models.beta.indexes.IndexCreateResponse;
import com.llamacloud_prod.api.models.beta.indexes.IndexGetResponse;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalFindPage;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalFindParams;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalFindResponse;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalGrepParams;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalGrepResponse;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalReadParams;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalRetrieveParams;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalRetrieveParams.CustomFilters;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalRetrieveParams.StaticFilters;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalRetrieveResponse.Result;
import com.llamacloud_prod.api.services.blocking.beta.RetrievalService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Java SDK's retrieval service against a live server: one index over four small files with
 * metadata, searched, filtered, found, grepped and read (API.md §8).
 */
@ExtendWith(LiveServerExtension.class)
class RetrievalSdkTest {
    static final String UNKNOWN_INDEX = "idx-00000000-0000-4000-8000-000000000000";

    static LiveServer server;
    static LlamaCloudClient client;
    static RetrievalService retrieval;
    static IndexCreateResponse index;
    /** Parsed file id by display name. */
    static Map<String, String> fileIds;

    @BeforeAll
    static void start(LiveServer live) throws Exception {
        server = live;
        client = server.client();
        retrieval = client.beta().retrieval();
        String dir = client.beta().directories().create(DirectoryCreateParams.builder().name("policies").build()).id();
        upload(dir, "holidays.txt", "Employees get 30 days of paid leave per year. Paid leave must be requested "
                + "two weeks in advance.", Map.of("team", "a", "year", 2023));
        upload(dir, "remote.txt", "Remote work from home is allowed two days a week.", Map.of("team", "b", "year", 2024));
        upload(dir, "parking.txt", "Parking in the garage is free on weekends for all staff.", Map.of("team", "a", "year", 2025));
        upload(dir, "security.txt", "Laptops must use full disk encryption and lock after five minutes.",
                Map.of("team", "c", "year", 2022));
        index = client.beta().indexes().create(IndexCreateParams.builder().sourceDirectoryId(dir).build());
        awaitReady(index.id());
        fileIds = retrieval.find(RetrievalFindParams.builder().indexId(index.id()).build()).autoPager().stream()
                .collect(Collectors.toMap(RetrievalFindResponse::fileName, RetrievalFindResponse::fileId));
    }

    @Test
    void retrieve_ranks_the_relevant_file_first_with_scores_and_static_fields() {
        List<Result> results = retrieve(base("How many days of paid leave do employees get?").build());

        Result best = results.get(0);
        assertThat(fileOf(best)).isEqualTo(fileIds.get("holidays.txt"));
        assertThat(best.content()).contains("30 days of paid leave");
        assertThat(best.score()).isPresent();
        assertThat(best.rerankScore()).as("no reranker is configured").isEmpty();
        assertThat(best.metadata().orElseThrow()._additionalProperties().get("team").asString()).contains("a");
        assertThat(best.metadata().orElseThrow()._additionalProperties().get("year").asNumber().map(Number::intValue)).contains(2023);
        Result.StaticFields fields = best.staticFields().orElseThrow();
        assertThat(fields.chunkIndex()).contains(0L);
        assertThat(fields.chunkStartChar()).isPresent();
        assertThat(fields.chunkEndChar().orElseThrow()).isGreaterThan(fields.chunkStartChar().orElseThrow());
    }

    @Test
    void retrieve_respects_top_k() {
        assertThat(retrieve(base("work policies").topK(2L).build())).hasSize(2);
        assertThat(retrieve(base("work policies").topK(1L).build())).hasSize(1);
        assertThat(retrieve(base("work policies").topK(1000L).build())).hasSizeBetween(1, 500);
    }

    @Test
    void each_pipeline_works_alone() {
        List<Result> fullTextOnly = retrieve(base("garage").vectorPipelineWeight(0.0).build());
        assertThat(fullTextOnly).extracting(RetrievalSdkTest::fileOf).containsExactly(fileIds.get("parking.txt"));

        List<Result> vectorOnly = retrieve(base("vacation time off for staff").fullTextPipelineWeight(0.0).build());
        assertThat(vectorOnly).isNotEmpty();
        assertThat(fileOf(vectorOnly.get(0))).isEqualTo(fileIds.get("holidays.txt"));
    }

    @Test
    void custom_filters_narrow_the_results() {
        assertThat(filesMatching(Map.of("team", Map.of("operator", "eq", "value", "a"))))
                .containsExactlyInAnyOrder("holidays.txt", "parking.txt");
        assertThat(filesMatching(Map.of("team", Map.of("operator", "in", "value", List.of("b", "c")))))
                .containsExactlyInAnyOrder("remote.txt", "security.txt");
        assertThat(filesMatching(Map.of("year", Map.of("operator", "gte", "value", 2024))))
                .containsExactlyInAnyOrder("remote.txt", "parking.txt");
        assertThat(filesMatching(Map.of("year", List.of(Map.of("operator", "gte", "value", 2023),
                Map.of("operator", "lte", "value", 2024))))).containsExactlyInAnyOrder("holidays.txt", "remote.txt");
        assertThat(filesMatching(Map.of("team", Map.of("operator", "eq", "value", "a"),
                "year", Map.of("operator", "lt", "value", 2024)))).containsExactly("holidays.txt");
    }

    @Test
    void static_filters_scope_the_search_to_parsed_files() {
        String parking = fileIds.get("parking.txt");
        String remote = fileIds.get("remote.txt");

        List<Result> one = retrieve(base("paid leave").staticFilters(StaticFilters.builder()
                .parsedDirectoryFileId(StaticFilters.ParsedDirectoryFileId.builder()
                        .operator(StaticFilters.ParsedDirectoryFileId.Operator.EQ).value(parking).build())
                .build()).build());
        List<Result> two = retrieve(base("paid leave")
                .staticFilters(StaticFilters.builder().parsedDirectoryFileId(StaticFilters.ParsedDirectoryFileId.builder()
                        .operator(StaticFilters.ParsedDirectoryFileId.Operator.IN)
                        .valueOfStrings(List.of(parking, remote)).build()).build()).build());

        assertThat(one).isNotEmpty().extracting(RetrievalSdkTest::fileOf).containsOnly(parking);
        assertThat(two).extracting(RetrievalSdkTest::fileOf).containsOnly(parking, remote);
    }

    @Test
    void retrieve_accepts_the_export_config_id_as_index_id() {
        List<Result> byExportConfig = retrieve(RetrievalRetrieveParams.builder()
                .indexId(index.exportConfigId()).query("encryption of laptops").build());

        assertThat(fileOf(byExportConfig.get(0))).isEqualTo(fileIds.get("security.txt"));
    }

    @Test
    void find_matches_exact_names_and_case_insensitive_substrings() {
        assertThat(fileIds).containsOnlyKeys("holidays.txt", "remote.txt", "parking.txt", "security.txt");
        assertThat(fileIds.values()).allSatisfy(id -> assertThat(id).startsWith("dfl-"));

        List<RetrievalFindResponse> exact = retrieval.find(RetrievalFindParams.builder()
                .indexId(index.id()).fileName("remote.txt").build()).items();
        List<String> contains = retrieval.find(RetrievalFindParams.builder()
                        .indexId(index.id()).fileNameContains("ING").build())
                .autoPager().stream().map(RetrievalFindResponse::fileName).collect(Collectors.toList());
        List<RetrievalFindResponse> none = retrieval.find(RetrievalFindParams.builder()
                .indexId(index.id()).fileName("REMOTE.TXT").build()).items();

        assertThat(exact).extracting(RetrievalFindResponse::fileId).containsExactly(fileIds.get("remote.txt"));
        assertThat(contains).containsExactly("parking.txt");
        assertThat(none).isEmpty();
    }

    @Test
    void find_pages_one_file_at_a_time_in_name_order() {
        RetrievalFindParams params = RetrievalFindParams.builder().indexId(index.id()).pageSize(1L).build();

        RetrievalFindPage first = retrieval.find(params);
        List<String> names = retrieval.find(params).autoPager().stream()
                .map(RetrievalFindResponse::fileName).collect(Collectors.toList());

        assertThat(first.items()).hasSize(1);
        assertThat(first.hasNextPage()).isTrue();
        assertThat(first.nextPage().items()).extracting(RetrievalFindResponse::fileName).containsExactly("parking.txt");
        assertThat(names).containsExactly("holidays.txt", "parking.txt", "remote.txt", "security.txt");
    }

    @Test
    void grep_offsets_address_the_match_in_read_and_content_adds_context() {
        String holidays = fileIds.get("holidays.txt");
        RetrievalGrepParams params = RetrievalGrepParams.builder()
                .indexId(index.id()).fileId(holidays).pattern("[Pp]aid leave").contextChars(6L).build();

        List<RetrievalGrepResponse> matches = retrieval.grep(params).autoPager().stream().collect(Collectors.toList());
        List<RetrievalGrepResponse> paged = retrieval.grep(params.toBuilder().pageSize(1L).build()).autoPager().stream()
                .collect(Collectors.toList());

        assertThat(matches).hasSize(2);
        assertThat(paged).isEqualTo(matches);
        for (RetrievalGrepResponse match : matches) {
            String text = read(holidays, match.startChar(), match.endChar() - match.startChar());
            assertThat(text).matches("[Pp]aid leave");
            assertThat(match.content()).contains(text).hasSizeGreaterThan(text.length());
        }
        assertThat(matches.get(0).startChar()).isLessThan(matches.get(1).startChar());
        RetrievalGrepResponse bare = retrieval.grep(params.toBuilder().contextChars(0L).build()).items().get(0);
        assertThat(bare.content()).isEqualTo("paid leave");
    }

    @Test
    void grep_rejects_an_invalid_regex_and_an_unknown_file() {
        RetrievalGrepParams invalid = RetrievalGrepParams.builder()
                .indexId(index.id()).fileId(fileIds.get("holidays.txt")).pattern("(unclosed").build();
        RetrievalGrepParams unknownFile = RetrievalGrepParams.builder()
                .indexId(index.id()).fileId("dfl-00000000-0000-4000-8000-000000000000").pattern("x").build();

        assertThatThrownBy(() -> retrieval.grep(invalid)).isInstanceOf(UnprocessableEntityException.class);
        assertThatThrownBy(() -> retrieval.grep(unknownFile)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void read_returns_the_parsed_text_and_nothing_past_its_end() {
        String remote = fileIds.get("remote.txt");

        String whole = retrieval.read(RetrievalReadParams.builder().indexId(index.id()).fileId(remote).build()).content();

        assertThat(whole).contains("Remote work from home is allowed two days a week.");
        assertThat(read(remote, 0, 6)).isEqualTo(whole.substring(0, 6));
        assertThat(retrieval.read(RetrievalReadParams.builder().indexId(index.id()).fileId(remote)
                .offset(whole.length() + 1000L).build()).content()).isEmpty();
    }

    @Test
    void unknown_indexes_are_not_found_and_an_empty_query_is_unprocessable() {
        assertThatThrownBy(() -> retrieval.retrieve(RetrievalRetrieveParams.builder().indexId(UNKNOWN_INDEX).query("q").build()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> retrieval.find(RetrievalFindParams.builder().indexId(UNKNOWN_INDEX).build()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> retrieval.read(RetrievalReadParams.builder().indexId(UNKNOWN_INDEX).fileId("dfl-x").build()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> retrieve(base("").build())).isInstanceOf(UnprocessableEntityException.class);
    }

    private static RetrievalRetrieveParams.Builder base(String query) {
        return RetrievalRetrieveParams.builder().indexId(index.id()).query(query);
    }

    private static List<Result> retrieve(RetrievalRetrieveParams params) {
        return retrieval.retrieve(params).results();
    }

    private static Set<String> filesMatching(Map<String, ?> customFilters) {
        Map<String, String> namesById = fileIds.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        CustomFilters.Builder filters = CustomFilters.builder();
        customFilters.forEach((key, value) -> filters.putAdditionalProperty(key, JsonValue.from(value)));
        return retrieve(base("company policy").topK(20L).customFilters(filters.build()).build()).stream()
                .map(r -> namesById.get(fileOf(r))).collect(Collectors.toSet());
    }

    private static String read(String fileId, long offset, long maxLength) {
        return retrieval.read(RetrievalReadParams.builder()
                .indexId(index.id()).fileId(fileId).offset(offset).maxLength(maxLength).build()).content();
    }

    private static String fileOf(Result result) {
        return result.staticFields().flatMap(Result.StaticFields::parsedDirectoryFileId).orElseThrow();
    }

    private static void upload(String dir, String name, String text, Map<String, Object> metadata) {
        client.beta().directories().files().upload(dir, FileUploadParams.builder()
                .uploadFile(MultipartField.of(text.getBytes(StandardCharsets.UTF_8), name))
                .metadata(JsonValue.from(metadata).toString())
                .build());
    }

    private static void awaitReady(String indexId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (true) {
            IndexGetResponse got = client.beta().indexes().get(indexId);
            String status = got.metadata().map(m -> m._additionalProperties().get("status")).flatMap(JsonValue::asString).orElse("");
            assertThat(status).as("index %s: %s", indexId, got).isNotEqualTo("failed");
            if (status.equals("ready")) {
                return;
            }
            assertThat(Instant.now()).as("index %s ready in time: %s", indexId, got).isBefore(deadline);
            Thread.sleep(200);
        }
    }
}
