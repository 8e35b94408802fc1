package com.llamacloud_prod.api.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okio.Buffer;
import org.junit.jupiter.api.Test;

class ServerSentEventsTest {

    private static List<ServerSentEvents.Event> read(String text) throws IOException {
        ServerSentEvents sse = new ServerSentEvents(new Buffer().writeUtf8(text));
        List<ServerSentEvents.Event> events = new ArrayList<>();
        for (Optional<ServerSentEvents.Event> e = sse.next(); e.isPresent(); e = sse.next()) {
            events.add(e.get());
        }
        return events;
    }

    @Test
    void comments_and_blank_lines_without_data_dispatch_nothing() throws IOException {
        assertThat(read(": ping\n\n\n:x\n\nevent: delta\n\n")).isEmpty();
    }

    @Test
    void data_lines_join_with_newlines_and_one_leading_space_is_dropped() throws IOException {
        assertThat(read("event: message\ndata:  two spaces\ndata:none\n\n"))
                .containsExactly(new ServerSentEvents.Event("message", " two spaces\nnone"));
    }

    @Test
    void an_event_without_a_name_is_a_message_and_names_do_not_leak_into_the_next_event() throws IOException {
        assertThat(read("event: delta\ndata: 1\n\ndata: 2\n\n")).containsExactly(
                new ServerSentEvents.Event("delta", "1"), new ServerSentEvents.Event("message", "2"));
    }

    @Test
    void unknown_fields_are_ignored_and_an_unterminated_event_is_discarded() throws IOException {
        assertThat(read("id: 1\nretry: 5\nfoo\ndata: a\r\n\r\ndata: cut off"))
                .containsExactly(new ServerSentEvents.Event("message", "a"));
    }
}
