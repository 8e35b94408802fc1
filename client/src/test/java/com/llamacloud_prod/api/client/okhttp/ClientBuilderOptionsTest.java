package com.llamacloud_prod.api.client.okhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.llamacloud_prod.api.client.LlamaCloudClient;
import com.llamacloud_prod.api.core.Sleeper;
import com.llamacloud_prod.api.core.http.ProxyAuthenticator;
import com.llamacloud_prod.api.errors.LlamaCloudIoException;
import com.llamacloud_prod.api.errors.LlamaCloudServiceException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OkHttp builder's transport options, each checked against a real socket. */
class ClientBuilderOptionsTest {

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws Exception {
        server.start(0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void enqueueProjects() {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body("[]").build());
    }

    private RecordedRequest take() throws InterruptedException {
        return server.takeRequest(5, TimeUnit.SECONDS);
    }

    private Proxy proxyAtServer() {
        return new Proxy(Proxy.Type.HTTP, new InetSocketAddress(server.getHostName(), server.getPort()));
    }

    @Test
    void calls_go_through_the_configured_http_proxy() throws Exception {
        enqueueProjects();
        LlamaCloudClient client = LlamaCloudOkHttpClient.builder()
                .baseUrl("http://quire.invalid:8080/")
                .apiKey("qk-test")
                .proxy(proxyAtServer())
                .build();

        client.projects().list();

        // A proxy receives the absolute URL of the origin it should reach.
        assertThat(take().getTarget()).isEqualTo("http://quire.invalid:8080/api/v1/projects");
        client.close();
    }

    @Test
    void proxy_authenticator_answers_a_407_with_basic_credentials() throws Exception {
        server.enqueue(new MockResponse.Builder().code(407)
                .addHeader("Proxy-Authenticate", "Basic realm=\"corp\"").build());
        enqueueProjects();
        LlamaCloudClient client = LlamaCloudOkHttpClient.builder()
                .baseUrl("http://quire.invalid:8080/")
                .apiKey("qk-test")
                .proxy(proxyAtServer())
                .proxyAuthenticator(ProxyAuthenticator.basic("user", "secret"))
                .build();

        assertThat(client.projects().list()).isEmpty();

        assertThat(take().getHeaders().get("Proxy-Authorization")).isNull();
        RecordedRequest retried = take();
        assertThat(retried.getHeaders().get("Proxy-Authorization")).isEqualTo("Basic dXNlcjpzZWNyZXQ=");
        assertThat(retried.getHeaders().get("Authorization")).isEqualTo("Bearer qk-test");
        client.close();
    }

    @Test
    void a_proxy_authenticator_that_gives_up_surfaces_the_407() throws Exception {
        server.enqueue(new MockResponse.Builder().code(407)
                .addHeader("Proxy-Authenticate", "Basic realm=\"corp\"").build());
        LlamaCloudClient client = LlamaCloudOkHttpClient.builder()
                .baseUrl("http://quire.invalid:8080/")
                .apiKey("qk-test")
                .proxy(Optional.of(proxyAtServer()))
                .proxyAuthenticator((proxy, request, response) -> Optional.empty())
                .build();

        assertThatThrownBy(() -> client.projects().list())
                .isInstanceOfSatisfying(LlamaCloudServiceException.class, e -> assertThat(e.statusCode()).isEqualTo(407));
        client.close();
    }

    @Test
    void pool_settings_decide_whether_connections_are_reused() throws Exception {
        for (int i = 0; i < 4; i++) {
            enqueueProjects();
        }
        LlamaCloudClient pooled = LlamaCloudOkHttpClient.builder()
                .baseUrl(server.url("/").toString()).apiKey("qk-test")
                .maxIdleConnections(5).keepAliveDuration(Duration.ofMinutes(1))
                .build();
        LlamaCloudClient unpooled = LlamaCloudOkHttpClient.builder()
                .baseUrl(server.url("/").toString()).apiKey("qk-test")
                .maxIdleConnections(0).keepAliveDuration(Duration.ofSeconds(1))
                .build();

        pooled.projects().list();
        pooled.projects().list();
        int first = take().getConnectionIndex();
        assertThat(take().getConnectionIndex()).isEqualTo(first);

        unpooled.projects().list();
        unpooled.projects().list();
        int third = take().getConnectionIndex();
        assertThat(take().getConnectionIndex()).isNotEqualTo(third);
        pooled.close();
        unpooled.close();
    }

    @Test
    void paired_options_must_be_set_together() {
        assertThatThrownBy(() -> LlamaCloudOkHttpClient.builder().apiKey("k").maxIdleConnections(3).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("`maxIdleConnections` and `keepAliveDuration`");
        assertThatThrownBy(() -> LlamaCloudOkHttpClient.builder().apiKey("k")
                .sslSocketFactory(javax.net.ssl.HttpsURLConnection.getDefaultSSLSocketFactory()).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("`sslSocketFactory` and `trustManager`");
        assertThatThrownBy(() -> LlamaCloudOkHttpClient.builder().apiKey("k")
                .maxIdleConnections(-1).keepAliveDuration(Duration.ofSeconds(1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxIdleConnections must be >= 0: -1");
    }

    @Test
    void retries_wait_with_the_configured_sleeper() throws Exception {
        server.enqueue(new MockResponse.Builder().code(503).build());
        server.enqueue(new MockResponse.Builder().code(503).build());
        enqueueProjects();
        List<Duration> waits = new CopyOnWriteArrayList<>();
        LlamaCloudClient client = LlamaCloudOkHttpClient.builder()
                .baseUrl(server.url("/").toString()).apiKey("qk-test")
                .maxRetries(2)
                .sleeper(new Sleeper() {
                    @Override
                    public void sleep(Duration duration) {
                        waits.add(duration);
                    }

                    @Override
                    public CompletableFuture<Void> sleepAsync(Duration duration) {
                        waits.add(duration);
                        return CompletableFuture.completedFuture(null);
                    }

                    @Override
                    public void close() {}
                })
                .build();

        assertThat(client.projects().list()).isEmpty();

        assertThat(waits).hasSize(2).allSatisfy(wait -> assertThat(wait).isPositive());
        assertThat(server.getRequestCount()).isEqualTo(3);
        client.close();
    }

    @Test
    void closing_the_client_shuts_down_the_executors_it_was_given() {
        ExecutorService dispatcher = Executors.newSingleThreadExecutor();
        ExecutorService streams = Executors.newSingleThreadExecutor();
        LlamaCloudClient client = LlamaCloudOkHttpClient.builder()
                .apiKey("qk-test")
                .dispatcherExecutorService(dispatcher)
                .streamHandlerExecutor(streams)
                .build();

        client.close();

        assertThat(dispatcher.isShutdown()).isTrue();
        assertThat(streams.isShutdown()).isTrue();
    }

    @Test
    void tls_options_decide_which_servers_are_trusted() throws Exception {
        SelfSignedCertificate certificate = SelfSignedCertificate.forLocalhost();
        server.close();
        try (MockWebServer https = new MockWebServer()) {
            https.useHttps(certificate.serverSocketFactory());
            https.start(0);
            for (int i = 0; i < 3; i++) {
                https.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body("[]").build());
            }
            String url = https.url("/").toString();

            LlamaCloudClient systemTrust = LlamaCloudOkHttpClient.builder().baseUrl(url).apiKey("k").maxRetries(0).build();
            assertThatThrownBy(() -> systemTrust.projects().list()).isInstanceOf(LlamaCloudIoException.class);

            LlamaCloudClient trusting = LlamaCloudOkHttpClient.builder().baseUrl(url).apiKey("k").maxRetries(0)
                    .sslSocketFactory(certificate.clientSocketFactory())
                    .trustManager(certificate.trustManager())
                    .build();
            assertThat(trusting.projects().list()).isEmpty();

            LlamaCloudClient strictHostnames = LlamaCloudOkHttpClient.builder().baseUrl(url).apiKey("k").maxRetries(0)
                    .sslSocketFactory(certificate.clientSocketFactory())
                    .trustManager(certificate.trustManager())
                    .hostnameVerifier((hostname, session) -> false)
                    .build();
            assertThatThrownBy(() -> strictHostnames.projects().list()).isInstanceOf(LlamaCloudIoException.class);
            systemTrust.close();
            trusting.close();
            strictHostnames.close();
        }
    }
}
