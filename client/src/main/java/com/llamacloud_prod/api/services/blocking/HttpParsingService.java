package com.llamacloud_prod.api.services.blocking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.core.Json;
import com.llamacloud_prod.api.core.MultipartField;
import com.llamacloud_prod.api.core.RequestOptions;
import com.llamacloud_prod.api.core.http.ApiRequest;
import com.llamacloud_prod.api.core.http.OkHttpExecutor;
import com.llamacloud_prod.api.models.parsing.ParsingCreateParams;
import com.llamacloud_prod.api.models.parsing.ParsingJob;
import com.llamacloud_prod.api.models.parsing.ParsingResult;
import java.util.ArrayList;
import java.io.InputStream;
import java.util.List;

/** {@link ParsingService} over HTTP. */
public final class HttpParsingService implements ParsingService {
    private final OkHttpExecutor http;

    public HttpParsingService(ClientOptions options) {
        this.http = new OkHttpExecutor(options);
    }

    @Override
    public ParsingJob create(ParsingCreateParams params) {
        ApiRequest request = ApiRequest.builder("POST").addPathSegments("api", "v2", "parse").body(params.toJson()).build();
        return Json.model(http.execute(request, RequestOptions.none()), ParsingJob.class);
    }

    @Override
    public ParsingJob upload(MultipartField<InputStream> file, ParsingCreateParams params) {
        ObjectNode configuration = params.toJson();
        if (configuration.has("file_id") || configuration.has("source_url")) {
            throw new IllegalArgumentException("an upload takes neither fileId nor sourceUrl");
        }
        ApiRequest request = ApiRequest.builder("POST").addPathSegments("api", "v2", "parse", "upload")
                .putMultipartText("configuration", configuration.toString())
                .putMultipartFile("file", file)
                .build();
        return Json.model(http.execute(request, RequestOptions.none()), ParsingJob.class);
    }

    @Override
    public ParsingResult get(String jobId, List<String> expand) {
        ApiRequest.Builder request = ApiRequest.builder("GET").addPathSegments("api", "v2", "parse", jobId);
        expand.forEach(e -> request.putQueryParam("expand", e));
        return Json.model(http.execute(request.build(), RequestOptions.none()), ParsingResult.class);
    }

    @Override
    public List<ParsingJob> list() {
        List<ParsingJob> jobs = new ArrayList<>();
        String token = null;
        do {
            ApiRequest.Builder request = ApiRequest.builder("GET").addPathSegments("api", "v2", "parse")
                    .putQueryParam("page_size", 100);
            if (token != null) {
                request.putQueryParam("page_token", token);
            }
            JsonNode page = http.execute(request.build(), RequestOptions.none());
            page.path("items").forEach(j -> jobs.add(Json.model(j, ParsingJob.class)));
            JsonNode next = page.get("next_page_token");
            token = next == null || next.isNull() || next.asText().isEmpty() ? null : next.asText();
        } while (token != null);
        return List.copyOf(jobs);
    }

    @Override
    public ParsingJob cancel(String jobId) {
        ApiRequest request = ApiRequest.builder("POST").addPathSegments("api", "v2", "parse", jobId, "cancel").build();
        return Json.model(http.execute(request, RequestOptions.none()), ParsingJob.class);
    }

    @Override
    public void delete(String jobId) {
        http.execute(ApiRequest.builder("DELETE").addPathSegments("api", "v2", "parse", jobId).build(),
                RequestOptions.none());
    }

    @Override
    public JsonNode listVersions() {
        return http.execute(ApiRequest.builder("GET").addPathSegments("api", "v2", "parse", "versions").build(),
                RequestOptions.none());
    }
}
