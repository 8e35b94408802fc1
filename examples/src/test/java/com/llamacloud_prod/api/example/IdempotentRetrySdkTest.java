package com.llamacloud_prod.api.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.llamacloud_prod.api.core.MultipartField;
import com.llamacloud_prod.api.client.LlamaCloudClient;
import com.llamacloud_prod.api.client.okhttp.LlamaCloudOkHttpClient;
import com.llamacloud_prod.api.models.beta.directories.DirectoryCreateParams;
import com.llamacloud_prod.api.models.beta.directories.DirectoryCreateResponse;
import com.llamacloud_prod.api.models.beta.directories.DirectoryListResponse;
import com.llamacloud_prod.api.models.files.FileCreateParams;
import com.llamacloud_prod.api.models.files.FileCreateResponse;
import com.llamacloud_prod.api.models.files.FileListResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SDK's retry path against a live server: when the answer to a create is lost after the server
 * made the object, the SDK retries with the same Idempotency-Key and gets the first answer back. In
 * the cluster run the proxy forwards to the round-robin balancer, so the retry reaches the other node.
 */
@ExtendWith(LiveServerExtension.class)
class IdempotentRetrySdkTest {
    static LiveServer server;
    static FlakyProxy proxy;
    static LlamaCloudClient throughProxy;

    @BeforeAll
    static void start(LiveServer live) throws Exception {
        server = live;
        proxy = new FlakyProxy(server.baseUrl());
        throughProxy = LlamaCloudOkHttpClient.builder().apiKey(server.key()).baseUrl(proxy.url()).maxRetries(2).build();
    }

    @AfterAll
    static void stop() {
        proxy.close();
    }

    @Test
    void a_directory_create_answered_503_by_a_proxy_is_retried_and_creates_one_directory() {
        proxy.failWith(FlakyProxy.Failure.STATUS_503);

        DirectoryCreateResponse created = throughProxy.beta().directories().create(
                DirectoryCreateParams.builder().name("lost-answer").build());

        List<FlakyProxy.Forwarded> attempts = attempts("/api/v1/beta/directories");
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(1).idempotencyKey()).isEqualTo(attempts.get(0).idempotencyKey()).isNotNull();
        assertThat(attempts.get(1).replayed()).isEqualTo("true");
        List<String> named = server.client().beta().directories().list().autoPager().stream()
                .filter(d -> d.name().equals("lost-answer")).map(DirectoryListResponse::id)
                .collect(Collectors.toList());
        assertThat(named).containsExactly(created.id());
    }

    @Test
    void an_upload_whose_answer_was_cut_off_is_retried_and_stores_one_file() {
        proxy.failWith(FlakyProxy.Failure.CUT_CONNECTION);

        FileCreateResponse created = throughProxy.files().create(FileCreateParams.builder()
                .file(MultipartField.of("sent twice, stored once".getBytes(StandardCharsets.UTF_8), "once.txt"))
                .purpose("user_data")
                .build());

        List<FlakyProxy.Forwarded> attempts = attempts("/api/v1/beta/files");
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(1).idempotencyKey()).isEqualTo(attempts.get(0).idempotencyKey());
        assertThat(attempts.get(1).replayed()).isEqualTo("true");
        List<String> named = server.client().files().list().autoPager().stream()
                .filter(f -> f.name().equals("once.txt")).map(FileListResponse::id).collect(Collectors.toList());
        assertThat(named).containsExactly(created.id());
    }

    private static List<FlakyProxy.Forwarded> attempts(String path) {
        return proxy.forwarded().stream().filter(f -> f.method().equals("POST") && f.path().equals(path))
                .collect(Collectors.toList());
    }
}
