package com.llamacloud_prod.api.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.llamacloud_prod.api.client.LlamaCloudClient;
import com.llamacloud_prod.api.client.LlamaCloudClientAsync;
import com.llamacloud_prod.api.client.okhttp.LlamaCloudOkHttpClientAsync;
import com.llamacloud_prod.api.errors.NotFoundException;
import com.llamacloud_prod.api.models.beta.directories.DirectoryListParams;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import com.llamacloud_prod.api.client.okhttp.LlamaCloudOkHttpClient;
import com.llamacloud_prod.api.core.MultipartField;
import com.llamacloud_prod.api.core.http.HttpResponseFor;
import com.llamacloud_prod.api.core.http.ProxyAuthenticator;
import com.llamacloud_prod.api.errors.LlamaCloudServiceException;
import com.llamacloud_prod.api.models.beta.directories.DirectoryCreateParams;
import com.llamacloud_prod.api.models.beta.directories.DirectoryCreateResponse;
import com.llamacloud_prod.api.models.beta.directories.DirectoryUpdateParams;
import com.llamacloud_prod.api.models.beta.directories.DirectoryUpdateResponse;
import com.llamacloud_prod.api.models.beta.directories.files.FileUploadParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileUploadResponse;
import com.llamacloud_prod.api.models.files.FileCreateParams;
import com.llamacloud_prod.api.models.files.FileCreateResponse;
import com.llamacloud_prod.api.models.files.FileQueryParams;
import com.llamacloud_prod.api.models.files.FileQueryResponse;
import com.llamacloud_prod.api.models.files.File;
import com.llamacloud_prod.api.models.files.FileRetrieveParams;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The SDK's newer surface against a live server: files().query, directory update, stream uploads, raw responses, proxies. */
@ExtendWith(LiveServerExtension.class)
class SdkCoreSdkTest {
    static LiveServer server;
    static LlamaCloudClient client;

    @BeforeAll
    static void start(LiveServer live) {
        server = live;
        client = server.client();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void files_query_filters_by_name_and_pages_with_the_token() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        FileCreateResponse a = client.files().create(FileCreateParams.builder()
                .file(MultipartField.of(utf8("alpha"), "query-a-" + tag + ".txt")).purpose("user_data").build());
        client.files().create(FileCreateParams.builder()
                .file(MultipartField.of(utf8("beta"), "query-b-" + tag + ".txt")).purpose("user_data").build());

        FileQueryResponse byName = client.files().query(FileQueryParams.builder()
                .filter(FileQueryParams.Filter.builder().fileName("query-a-" + tag + ".txt").build())
                .build());
        assertThat(byName.items()).extracting(FileQueryResponse.Item::id).containsExactly(a.id());

        FileQueryResponse first = client.files().query(FileQueryParams.builder().orderBy("name").pageSize(1L).build());
        assertThat(first.items()).hasSize(1);
        assertThat(first.nextPageToken()).isPresent();
        FileQueryResponse second = client.files().query(FileQueryParams.builder()
                .orderBy("name").pageSize(1L).pageToken(first.nextPageToken().get()).build());
        assertThat(second.items()).hasSize(1);
        assertThat(second.items().get(0).id()).isNotEqualTo(first.items().get(0).id());
    }

    @Test
    void directory_update_by_id_and_through_the_raw_view() {
        DirectoryCreateResponse dir = client.beta().directories().create(
                DirectoryCreateParams.builder().name("to-rename").description("before").build());

        DirectoryUpdateResponse unchanged = client.beta().directories().update(dir.id());
        assertThat(unchanged.name()).isEqualTo("to-rename");

        HttpResponseFor<DirectoryUpdateResponse> renamed = client.beta().directories().withRawResponse()
                .update(dir.id(), DirectoryUpdateParams.builder().name("renamed").description((String) null).build());
        assertThat(renamed.statusCode()).isEqualTo(200);
        assertThat(renamed.headers().values("content-type")).anySatisfy(type -> assertThat(type).startsWith("application/json"));
        assertThat(renamed.parse().name()).isEqualTo("renamed");
        assertThat(renamed.parse().description()).isEmpty();
        assertThat(client.beta().directories().get(dir.id()).name()).isEqualTo("renamed");
    }

    @Test
    void uploads_from_a_stream_without_a_filename_take_the_display_name() throws Exception {
        DirectoryCreateResponse dir = client.beta().directories().create(
                DirectoryCreateParams.builder().name("streamed").build());
        byte[] content = utf8("Streamed straight from memory.");

        FileUploadResponse entry = client.beta().directories().files().upload(dir.id(), FileUploadParams.builder()
                .uploadFile(new ByteArrayInputStream(content))
                .displayName(MultipartField.of("streamed.txt"))
                .build());

        assertThat(entry.displayName()).isEqualTo("streamed.txt");
        String fileId = entry.fileId().orElseThrow();
        String url = client.files().content(fileId).url();
        try (InputStream in = URI.create(url.startsWith("http") ? url : server.baseUrl() + url).toURL().openStream()) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }

        FileCreateResponse bytes = client.files().create(FileCreateParams.builder()
                .file(utf8("raw bytes")).purpose("user_data").build());
        assertThat(bytes.id()).isNotBlank();
    }

    @Test
    void async_files_retrieve_reads_the_record_and_expands_the_download_link() throws Exception {
        LlamaCloudClientAsync async = LlamaCloudOkHttpClientAsync.builder()
                .baseUrl(server.baseUrl()).apiKey(server.key()).maxRetries(0).responseValidation(true).build();
        try {
            byte[] content = utf8("Retrieved asynchronously.");
            String name = "retrieve-" + UUID.randomUUID().toString().substring(0, 8) + ".txt";
            FileCreateResponse created = async.files().create(FileCreateParams.builder()
                    .file(MultipartField.of(content, name)).purpose("user_data").build()).get(30, TimeUnit.SECONDS);

            File file = async.files().retrieve(created.id()).get(30, TimeUnit.SECONDS);
            assertThat(file.id()).isEqualTo(created.id());
            assertThat(file.name()).isEqualTo(name);
            assertThat(file.fileSize()).contains((long) content.length);
            assertThat(file.downloadUrl()).isEmpty();

            HttpResponseFor<File> expanded = async.files().withRawResponse()
                    .retrieve(created.id(), FileRetrieveParams.builder().addExpand("download_url").build())
                    .get(30, TimeUnit.SECONDS);
            assertThat(expanded.statusCode()).isEqualTo(200);
            String url = expanded.parse().downloadUrl().orElseThrow().url();
            try (InputStream in = URI.create(url.startsWith("http") ? url : server.baseUrl() + url).toURL().openStream()) {
                assertThat(in.readAllBytes()).isEqualTo(content);
            }

            async.files().delete(created.id()).get(30, TimeUnit.SECONDS);
            assertThatThrownBy(() -> async.files().retrieve(created.id()).get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(NotFoundException.class);
        } finally {
            async.close();
        }
    }

    @Test
    void async_client_creates_updates_lists_and_deletes_directories() throws Exception {
        LlamaCloudClientAsync async = LlamaCloudOkHttpClientAsync.builder()
                .baseUrl(server.baseUrl()).apiKey(server.key()).maxRetries(0).build();
        String name = "async-" + UUID.randomUUID().toString().substring(0, 8);

        DirectoryUpdateResponse renamed = async.beta().directories()
                .create(DirectoryCreateParams.builder().name(name).build())
                .thenCompose(dir -> async.beta().directories()
                        .update(dir.id(), DirectoryUpdateParams.builder().name(name + "-renamed").build()))
                .get(30, TimeUnit.SECONDS);
        assertThat(renamed.name()).isEqualTo(name + "-renamed");

        List<String> names = new CopyOnWriteArrayList<>();
        async.beta().directories().list(DirectoryListParams.builder().pageSize(1L).build())
                .thenCompose(page -> page.autoPager().forEach(dir -> names.add(dir.name()), Runnable::run))
                .get(30, TimeUnit.SECONDS);
        assertThat(names).contains(name + "-renamed");

        async.beta().directories().delete(renamed.id()).get(30, TimeUnit.SECONDS);
        assertThatThrownBy(() -> async.beta().directories().get(renamed.id()).get(30, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(NotFoundException.class);
        async.close();
    }

    @Test
    void calls_pass_through_an_authenticating_proxy() throws Exception {
        String credentials = "Basic " + java.util.Base64.getEncoder().encodeToString(utf8("sdk:s3cret"));
        try (AuthenticatingProxy proxy = new AuthenticatingProxy(credentials)) {
            Proxy route = new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", proxy.port()));
            LlamaCloudClient viaProxy = LlamaCloudOkHttpClient.builder()
                    .baseUrl(server.baseUrl()).apiKey(server.key()).maxRetries(0)
                    .proxy(route)
                    .proxyAuthenticator(ProxyAuthenticator.basic("sdk", "s3cret"))
                    .build();
            LlamaCloudClient wrongPassword = LlamaCloudOkHttpClient.builder()
                    .baseUrl(server.baseUrl()).apiKey(server.key()).maxRetries(0)
                    .proxy(route)
                    .proxyAuthenticator(ProxyAuthenticator.basic("sdk", "wrong"))
                    .build();

            DirectoryCreateResponse dir = viaProxy.beta().directories().create(
                    DirectoryCreateParams.builder().name("via-proxy").build());
            assertThat(client.beta().directories().get(dir.id()).name()).isEqualTo("via-proxy");
            assertThat(proxy.forwarded()).isEqualTo(1);
            assertThat(proxy.challenged()).isEqualTo(1);

            assertThatThrownBy(() -> wrongPassword.projects().list())
                    .isInstanceOfSatisfying(LlamaCloudServiceException.class, e -> assertThat(e.statusCode()).isEqualTo(407));
            assertThat(proxy.forwarded()).isEqualTo(1);
            viaProxy.close();
            wrongPassword.close();
        }
    }
}
