package com.llamacloud_prod.api.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.llamacloud_prod.api.core.JsonValue;
import com.llamacloud_prod.api.core.ObjectMappers;
import com.llamacloud_prod.api.errors.UnprocessableEntityException;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalFindPage;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalFindParams;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalFindResponse;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalGrepParams;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalGrepResponse;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalReadParams;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalRetrieveParams;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalRetrieveParams.CustomFilters;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalRetrieveParams.Rerank;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalRetrieveParams.StaticFilters;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalRetrieveResponse;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalRetrieveResponse.Result;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetrievalServiceTest {

    private MockApi api;

    @BeforeEach
    void start() throws Exception {
        api = new MockApi();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private static JsonNode json(String text) throws Exception {
        return ObjectMappers.jsonMapper().readTree(text);
    }

    private JsonNode body(RecordedRequest request) throws Exception {
        return json(request.getBody().utf8());
    }

    @Test
    void retrieve_posts_only_the_set_fields_with_filters_as_sent() throws Exception {
        api.enqueue(200, "{\"results\":[]}");
        CustomFilters filters = CustomFilters.builder()
                .putAdditionalProperty("team", JsonValue.from(Map.of("operator", "in", "value", List.of("a", "b"))))
                .putAdditionalProperty("year", JsonValue.from(List.of(
                        Map.of("operator", "gte", "value", 2023), Map.of("operator", "lt", "value", 2025))))
                .build();

        api.client.beta().retrieval().retrieve(RetrievalRetrieveParams.builder()
                .indexId("idx-1")
                .query("paid leave")
                .topK(5L)
                .vectorPipelineWeight(0.0)
                .fullTextPipelineWeight(1.0)
                .numCandidates(200L)
                .scoreThreshold(0.1)
                .rerank(Rerank.builder().enabled(false).topN(3L).build())
                .customFilters(filters)
                .staticFilters(StaticFilters.builder().parsedDirectoryFileId(StaticFilters.ParsedDirectoryFileId.builder()
                        .operator(StaticFilters.ParsedDirectoryFileId.Operator.IN)
                        .valueOfStrings(List.of("dfl-1", "dfl-2")).build()).build())
                .projectId("p-1")
                .build());

        RecordedRequest request = api.take();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/api/v1/retrieval/retrieve?project_id=p-1");
        assertThat(body(request)).isEqualTo(json("{\"index_id\":\"idx-1\",\"query\":\"paid leave\","
                + "\"custom_filters\":{\"team\":{\"operator\":\"in\",\"value\":[\"a\",\"b\"]},"
                + "\"year\":[{\"operator\":\"gte\",\"value\":2023},{\"operator\":\"lt\",\"value\":2025}]},"
                + "\"full_text_pipeline_weight\":1.0,\"num_candidates\":200,"
                + "\"rerank\":{\"enabled\":false,\"top_n\":3},\"score_threshold\":0.1,"
                + "\"static_filters\":{\"parsed_directory_file_id\":{\"operator\":\"in\",\"value\":[\"dfl-1\",\"dfl-2\"]}},"
                + "\"top_k\":5,\"vector_pipeline_weight\":0.0}"));
    }

    @Test
    void retrieve_sends_just_index_and_query_by_default() throws Exception {
        api.enqueue(200, "{\"results\":[]}");

        RetrievalRetrieveResponse response = api.client.beta().retrieval().retrieve(
                RetrievalRetrieveParams.builder().indexId("idx-1").query("q").build());

        assertThat(api.take().getBody().utf8()).isEqualTo("{\"index_id\":\"idx-1\",\"query\":\"q\"}");
        assertThat(response.results()).isEmpty();
    }

    @Test
    void custom_filters_also_take_json_values_and_a_single_file_filter() throws Exception {
        api.enqueue(200, "{\"results\":[]}");

        api.client.beta().retrieval().retrieve(RetrievalRetrieveParams.builder().indexId("idx-1").query("q")
                .customFilters(CustomFilters.builder()
                        .putAdditionalProperty("team", JsonValue.from(Map.of("operator", "eq", "value", "a")))
                        .putAdditionalProperty("ignored", JsonValue.from(null))
                        .build())
                .staticFilters(StaticFilters.builder().parsedDirectoryFileId(StaticFilters.ParsedDirectoryFileId.builder()
                        .operator(StaticFilters.ParsedDirectoryFileId.Operator.EQ).value("dfl-1").build()).build())
                .build());

        JsonNode body = body(api.take());
        assertThat(body.get("custom_filters")).isEqualTo(json("{\"team\":{\"operator\":\"eq\",\"value\":\"a\"},\"ignored\":null}"));
        assertThat(body.get("static_filters")).isEqualTo(json("{\"parsed_directory_file_id\":{\"operator\":\"eq\",\"value\":\"dfl-1\"}}"));
    }

    @Test
    void retrieve_parses_results_with_null_rerank_score_static_fields_and_unknown_keys() throws Exception {
        api.enqueue(200, "{\"results\":[{\"content\":\"Employees get 30 days.\",\"metadata\":{\"team\":\"a\",\"year\":2023},"
                + "\"rerank_score\":null,\"score\":0.8125,\"static_fields\":{\"attachments\":[{\"attachment_name\":"
                + "\"screenshots/page_1.jpg\",\"source_id\":\"dfl-1\",\"type\":\"screenshot\"}],\"chunk_end_char\":22,"
                + "\"chunk_start_char\":0,\"chunk_index\":0,\"chunk_token_count\":6,\"page_range_start\":1,"
                + "\"page_range_end\":1,\"parsed_directory_file_id\":\"dfl-1\",\"new_field\":1},\"extra\":true},"
                + "{\"content\":\"bare\",\"rerank_score\":0.5}],\"took_ms\":3}");

        RetrievalRetrieveResponse response = api.client.beta().retrieval().retrieve(
                RetrievalRetrieveParams.builder().indexId("idx-1").query("leave").build());

        Result first = response.results().get(0);
        assertThat(first.content()).isEqualTo("Employees get 30 days.");
        assertThat(first.rerankScore()).isEmpty();
        assertThat(first.score()).contains(0.8125);
        assertThat(first.metadata().orElseThrow()._additionalProperties().get("year").asNumber()).contains(2023);
        assertThat(first._additionalProperties()).containsOnlyKeys("extra");
        Result.StaticFields fields = first.staticFields().orElseThrow();
        assertThat(fields.parsedDirectoryFileId()).contains("dfl-1");
        assertThat(fields.chunkStartChar()).contains(0L);
        assertThat(fields.chunkEndChar()).contains(22L);
        assertThat(fields.chunkIndex()).contains(0L);
        assertThat(fields.chunkTokenCount()).contains(6L);
        assertThat(fields.pageRangeStart()).contains(1L);
        assertThat(fields.pageRangeEnd()).contains(1L);
        assertThat(fields._additionalProperties()).containsOnlyKeys("new_field");
        Result.StaticFields.Attachment attachment = fields.attachments().orElseThrow().get(0);
        assertThat(attachment.attachmentName()).isEqualTo("screenshots/page_1.jpg");
        assertThat(attachment.sourceId()).isEqualTo("dfl-1");
        assertThat(attachment.type()).isEqualTo("screenshot");

        Result second = response.results().get(1);
        assertThat(second.rerankScore()).contains(0.5);
        assertThat(second.score()).isEmpty();
        assertThat(second.metadata()).isEmpty();
        assertThat(second.staticFields()).isEmpty();
        assertThat(response._additionalProperties()).containsOnlyKeys("took_ms");
    }

    @Test
    void find_auto_pages_by_resending_the_body_with_the_token() throws Exception {
        api.enqueue(200, "{\"items\":[{\"file_id\":\"dfl-1\",\"file_name\":\"a.txt\"}],\"next_page_token\":\"t1\"}");
        api.enqueue(200, "{\"items\":[{\"file_id\":\"dfl-2\",\"file_name\":\"b.txt\"}],\"next_page_token\":\"t2\",\"total_size\":null}");
        api.enqueue(200, "{\"items\":[{\"file_id\":\"dfl-3\",\"file_name\":\"c.txt\"}],\"next_page_token\":null}");

        List<String> ids = api.client.beta().retrieval().find(RetrievalFindParams.builder()
                        .indexId("idx-1").fileNameContains(".TXT").pageSize(1L).projectId("p-1").build())
                .autoPager().stream().map(RetrievalFindResponse::fileId).collect(Collectors.toList());

        assertThat(ids).containsExactly("dfl-1", "dfl-2", "dfl-3");
        RecordedRequest first = api.take();
        assertThat(first.getTarget()).isEqualTo("/api/v1/retrieval/files/find?project_id=p-1");
        assertThat(body(first)).isEqualTo(json("{\"index_id\":\"idx-1\",\"file_name_contains\":\".TXT\",\"page_size\":1}"));
        RecordedRequest second = api.take();
        assertThat(second.getTarget()).isEqualTo("/api/v1/retrieval/files/find?project_id=p-1");
        assertThat(body(second)).isEqualTo(
                json("{\"index_id\":\"idx-1\",\"file_name_contains\":\".TXT\",\"page_size\":1,\"page_token\":\"t1\"}"));
        assertThat(body(api.take()).get("page_token").textValue()).isEqualTo("t2");
        assertThat(api.server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void find_stops_on_an_empty_page_even_with_a_token_and_on_a_missing_or_empty_token() throws Exception {
        api.enqueue(200, "{\"items\":[{\"file_id\":\"dfl-1\",\"file_name\":\"a.txt\"}],\"next_page_token\":\"t1\"}");
        api.enqueue(200, "{\"items\":[],\"next_page_token\":\"t2\"}");
        api.enqueue(200, "{\"items\":[{\"file_id\":\"dfl-9\",\"file_name\":\"z.txt\"}]}");
        api.enqueue(200, "{\"items\":[{\"file_id\":\"dfl-9\",\"file_name\":\"z.txt\"}],\"next_page_token\":\"\"}");
        RetrievalFindParams params = RetrievalFindParams.builder().indexId("idx-1").build();

        assertThat(api.client.beta().retrieval().find(params).autoPager().stream().count()).isEqualTo(1);
        assertThat(api.server.getRequestCount()).isEqualTo(2);

        RetrievalFindPage noToken = api.client.beta().retrieval().find(params);
        assertThat(noToken.hasNextPage()).isFalse();
        assertThat(api.client.beta().retrieval().find(params).hasNextPage()).isFalse();
        assertThatThrownBy(noToken::nextPageParams).isInstanceOf(IllegalStateException.class);
        assertThat(noToken.items().get(0).fileName()).isEqualTo("z.txt");
    }

    @Test
    void grep_auto_pages_keeping_pattern_and_context_and_reads_offsets_as_longs() throws Exception {
        api.enqueue(200, "{\"items\":[{\"content\":\"x 30 days y\",\"start_char\":2,\"end_char\":9}],"
                + "\"next_page_token\":\"g1\",\"total_size\":2}");
        api.enqueue(200, "{\"items\":[{\"content\":\"a 10 days b\",\"start_char\":40,\"end_char\":47,\"score\":1}]}");

        List<RetrievalGrepResponse> matches = api.client.beta().retrieval().grep(RetrievalGrepParams.builder()
                        .indexId("idx-1").fileId("dfl-1").pattern("\\d+ days").contextChars(2L).pageSize(1L).build())
                .autoPager().stream().collect(Collectors.toList());

        assertThat(matches).extracting(RetrievalGrepResponse::startChar).containsExactly(2L, 40L);
        assertThat(matches).extracting(RetrievalGrepResponse::endChar).containsExactly(9L, 47L);
        assertThat(matches.get(0).content()).isEqualTo("x 30 days y");
        assertThat(matches.get(1)._additionalProperties()).containsOnlyKeys("score");
        RecordedRequest first = api.take();
        assertThat(first.getTarget()).isEqualTo("/api/v1/retrieval/files/grep");
        assertThat(body(first)).isEqualTo(json("{\"index_id\":\"idx-1\",\"file_id\":\"dfl-1\",\"pattern\":\"\\\\d+ days\","
                + "\"context_chars\":2,\"page_size\":1}"));
        assertThat(body(api.take())).isEqualTo(json("{\"index_id\":\"idx-1\",\"file_id\":\"dfl-1\",\"pattern\":\"\\\\d+ days\","
                + "\"context_chars\":2,\"page_size\":1,\"page_token\":\"g1\"}"));
    }

    @Test
    void grep_page_exposes_total_size_and_a_422_is_an_UnprocessableEntityException() throws Exception {
        api.enqueue(200, "{\"items\":[],\"next_page_token\":null,\"total_size\":0}");
        api.enqueue(422, "{\"detail\":[{\"type\":\"value_error\",\"loc\":[\"body\",\"pattern\"],\"msg\":\"invalid regular expression\"}]}");
        RetrievalGrepParams params = RetrievalGrepParams.builder().indexId("idx-1").fileId("dfl-1").pattern("(").build();

        assertThat(api.client.beta().retrieval().grep(params).response().totalSize()).contains(0L);
        assertThatThrownBy(() -> api.client.beta().retrieval().grep(params))
                .isInstanceOf(UnprocessableEntityException.class);
    }

    @Test
    void read_posts_offset_and_max_length() throws Exception {
        api.enqueue(200, "{\"content\":\"30 days\"}");

        String content = api.client.beta().retrieval().read(RetrievalReadParams.builder()
                .indexId("idx-1").fileId("dfl-1").offset(14L).maxLength(7L).organizationId("o-1").build()).content();

        RecordedRequest request = api.take();
        assertThat(request.getTarget()).isEqualTo("/api/v1/retrieval/files/read?organization_id=o-1");
        assertThat(body(request)).isEqualTo(json("{\"index_id\":\"idx-1\",\"file_id\":\"dfl-1\",\"offset\":14,\"max_length\":7}"));
        assertThat(content).isEqualTo("30 days");
    }

    @Test
    void builders_name_what_is_missing_or_invalid() {
        assertThatThrownBy(() -> RetrievalRetrieveParams.builder().indexId("idx-1").build())
                .isInstanceOf(IllegalStateException.class).hasMessage("`query` is required, but was not set");
        // As the official SDK (whose own tests build pageSize(0L), expiresAtSeconds(0L)), builders keep
        // values as given; the server answers 422 for out-of-range ones.
        assertThat(RetrievalRetrieveParams.builder().indexId("idx-1").query("q").topK(0L).build().topK()).contains(0L);
        assertThat(RetrievalRetrieveParams.builder().indexId("idx-1").query("q").vectorPipelineWeight(1.5).build()
                .vectorPipelineWeight()).contains(1.5);
        assertThatThrownBy(() -> RetrievalGrepParams.builder().indexId("idx-1").pattern("x").build())
                .isInstanceOf(IllegalStateException.class).hasMessage("`fileId` is required, but was not set");
        assertThat(RetrievalGrepParams.builder().indexId("idx-1").fileId("f").pattern("x").contextChars(-1L).build()
                .contextChars()).contains(-1L);
        assertThat(RetrievalFindParams.builder().indexId("idx-1").pageSize(0L).build().pageSize()).contains(0L);
        assertThat(RetrievalReadParams.builder().indexId("idx-1").fileId("f").maxLength(0L).build().maxLength()).contains(0L);
        assertThatThrownBy(() -> StaticFilters.ParsedDirectoryFileId.builder().value("dfl-1").build())
                .isInstanceOf(IllegalStateException.class).hasMessage("`operator` is required, but was not set");
    }

    @Test
    void params_are_values_and_next_page_params_only_change_the_token() {
        RetrievalFindParams params = RetrievalFindParams.builder().indexId("idx-1").fileName("a.txt").build();

        assertThat(params.toBuilder().build()).isEqualTo(params).hasSameHashCodeAs(params);
        assertThat(params.toBuilder().pageToken("t").build()._body().fileName()).contains("a.txt");
        assertThat(params.toBuilder().pageToken("t").build()).isNotEqualTo(params);
    }
}
