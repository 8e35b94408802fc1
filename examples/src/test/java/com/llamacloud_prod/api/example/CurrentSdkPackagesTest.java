package com.llamacloud_prod.api.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.llamaindex.llamacloud.client.LlamaCloudClient;
import ai.llamaindex.llamacloud.client.okhttp.LlamaCloudOkHttpClient;
import ai.llamaindex.llamacloud.core.MultipartField;
import ai.llamaindex.llamacloud.errors.NotFoundException;
import ai.llamaindex.llamacloud.models.beta.chat.ChatCreateResponse;
import ai.llamaindex.llamacloud.models.beta.directories.DirectoryCreateParams;
import ai.llamaindex.llamacloud.models.beta.directories.files.FileListResponse;
import ai.llamaindex.llamacloud.models.beta.directories.files.FileUploadParams;
import ai.llamaindex.llamacloud.models.beta.directories.files.FileUploadResponse;
import ai.llamaindex.llamacloud.models.files.FileContentParams;
import ai.llamaindex.llamacloud.models.files.PresignedUrl;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Code written for LlamaCloud's Java SDK 1.3+ (packages {@code ai.llamaindex.llamacloud.*}) against
 * the quire-client-ai artifact: the same SDK, relocated at build time.
 */
@ExtendWith(LiveServerExtension.class)
class CurrentSdkPackagesTest {
    @Test
    void the_relocated_sdk_runs_chat_directories_uploads_and_file_content(LiveServer server) throws Exception {
        LlamaCloudClient client = LlamaCloudOkHttpClient.builder()
                .baseUrl(server.baseUrl()).apiKey(server.key()).maxRetries(0).build();

        ChatCreateResponse chat = client.beta().chat().create();
        assertThat(chat.sessionId()).startsWith("ses-");

        String dir = client.beta().directories().create(DirectoryCreateParams.builder().name("current-sdk").build()).id();
        byte[] text = "Quarterly targets are reviewed every March.".getBytes(StandardCharsets.UTF_8);
        FileUploadResponse uploaded = client.beta().directories().files().upload(dir, FileUploadParams.builder()
                .uploadFile(MultipartField.of(text, "targets.txt")).build());
        assertThat(client.beta().directories().files().list(dir).autoPager().stream()
                .map(FileListResponse::id).collect(Collectors.toList())).containsExactly(uploaded.id());

        // files().get became files().content in the 1.3 SDK.
        PresignedUrl link = client.files().content(uploaded.fileId().orElseThrow(),
                FileContentParams.builder().expiresAtSeconds(600L).build());
        HttpResponse<byte[]> bytes = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(link.url())).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(bytes.body()).isEqualTo(text);

        assertThatThrownBy(() -> client.beta().chat().retrieve("ses-missing")).isInstanceOf(NotFoundException.class);
    }
}
