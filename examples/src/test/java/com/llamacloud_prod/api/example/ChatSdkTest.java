package com.llamacloud_prod.api.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.llamacloud_prod.api.client.LlamaCloudClient;
import com.llamacloud_prod.api.errors.NotFoundException;
import com.llamacloud_prod.api.errors.UnauthorizedException;
import com.llamacloud_prod.api.errors.UnprocessableEntityException;
import com.llamacloud_prod.api.models.beta.chat.ChatCreateParams;
import com.llamacloud_prod.api.models.beta.chat.ChatCreateResponse;
import com.llamacloud_prod.api.models.beta.chat.ChatListParams;
import com.llamacloud_prod.api.models.beta.chat.ChatListResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Java SDK against a live server: every chat-session call and its error classes. */
@ExtendWith(LiveServerExtension.class)
class ChatSdkTest {
    static LiveServer server;
    static LlamaCloudClient client;
    static String indexA;
    static String indexB;

    @BeforeAll
    static void start(LiveServer live) throws Exception {
        server = live;
        client = server.client();
        indexA = server.emptyIndex("a");
        indexB = server.emptyIndex("b");
    }

    @Test
    void creates_reads_lists_and_deletes_sessions() {
        ChatCreateResponse created = client.beta().chat().create(ChatCreateParams.builder()
                .addIndexId(indexA).addIndexId(indexB).addIndexId(indexA).build());
        assertThat(created.sessionId()).startsWith("ses-");
        assertThat(created.indexIds()).contains(List.of(indexA, indexB));
        assertThat(created.generatedTitle()).isEmpty();
        assertThat(created.jobMetadata()).isEmpty();
        assertThat(created.lastUpdatedAt()).endsWith("Z");

        assertThat(client.beta().chat().retrieve(created.sessionId()).events()).isEmpty();
        assertThat(client.beta().chat().getSummary(created.sessionId()).sessionId()).isEqualTo(created.sessionId());

        client.beta().chat().delete(created.sessionId());
        client.beta().chat().delete(created.sessionId());
        assertThatThrownBy(() -> client.beta().chat().retrieve(created.sessionId()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void auto_pages_through_every_session_newest_first() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(client.beta().chat().create().sessionId());
        }
        List<String> listed = new ArrayList<>();
        client.beta().chat().list(ChatListParams.builder().pageSize(2L).build()).autoPager()
                .forEach(s -> listed.add(s.sessionId()));
        List<String> newestFirst = new ArrayList<>(created);
        java.util.Collections.reverse(newestFirst);
        assertThat(listed).containsSubsequence(newestFirst).doesNotHaveDuplicates();
    }

    @Test
    void maps_error_statuses_to_exception_classes() {
        assertThatThrownBy(() -> server.client("qk-wrong-key").beta().chat().create())
                .isInstanceOf(UnauthorizedException.class);
        List<String> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add("idx-" + i);
        }
        assertThatThrownBy(() -> client.beta().chat().create(ChatCreateParams.builder().indexIds(eleven).build()))
                .isInstanceOf(UnprocessableEntityException.class);
        assertThatThrownBy(() -> client.beta().chat().getSummary("ses-missing"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.beta().chat().create(ChatCreateParams.builder().addIndexId("idx-nope").build()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void projects_are_listed_and_fetched() {
        var projects = client.projects().list();
        assertThat(projects).isNotEmpty();
        assertThat(client.projects().get(projects.get(0).id()).name()).isEqualTo(projects.get(0).name());
    }
}
