package dev.quire.cli;

import com.llamacloud_prod.api.client.LlamaCloudClient;
import com.llamacloud_prod.api.core.http.StreamResponse;
import com.llamacloud_prod.api.models.beta.chat.ChatCreateParams;
import com.llamacloud_prod.api.models.beta.chat.ChatEvent;
import com.llamacloud_prod.api.models.beta.chat.ChatStreamParams;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code quire ask --index NAME "question"}: one chat turn, the answer streamed as it is written, then its
 * numbered sources (file, pages). When the answer lists its own sources (the built-in extractive model
 * does), that list is the one shown; otherwise the sources its searches retrieved are listed.
 */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Ask a question about the documents of one or more indexes; the answer streams with "
                + "numbered citations (file, page).")
final class AskCommand implements Callable<Integer>, ServerCommand {
    @ParentCommand
    private QuireCli cli;

    @Mixin
    private ServerOptions server;

    @Option(names = "--index", required = true, paramLabel = "NAME",
            description = "Index to ask (name or id); repeat for several.")
    private List<String> indexes;

    @Option(names = "--json", description = "Print the raw chat events, one JSON object per line.")
    private boolean json;

    @Parameters(index = "0", paramLabel = "QUESTION", description = "The question (quote it).")
    private String question;

    @Override
    public String url() {
        return server.url(cli.console);
    }

    @Override
    public Integer call() {
        if (question.isBlank()) {
            throw new CliFailure(ExitCodes.USAGE, "the question is empty");
        }
        PrintStream out = cli.console.out();
        LlamaCloudClient client = server.client(cli.console);
        List<String> ids = indexes.stream().map(name -> Indexes.existing(client, name).id()).toList();
        String session = client.beta().chat().create(ChatCreateParams.builder().indexIds(ids).build()).sessionId();
        ChatStreamParams params = ChatStreamParams.builder().sessionId(session).indexIds(ids).prompt(question).build();
        Sources sources = new Sources();
        StringBuilder answer = new StringBuilder();
        boolean streamedText = false;
        ChatEvent.Stop stop = null;
        try (StreamResponse<ChatEvent> events = client.beta().chat().streamEvents(params)) {
            for (ChatEvent event : events) {
                if (json) {
                    out.println(event._json().map(Object::toString).orElse("{}"));
                    out.flush();
                }
                if (event.isTextDelta()) {
                    String delta = event.asTextDelta().content();
                    answer.append(delta);
                    streamedText = true;
                    if (!json) {
                        out.print(delta);
                        out.flush();
                    }
                } else if (event.isText() && !streamedText) {
                    answer.append(event.asText().content());
                    if (!json) {
                        out.print(event.asText().content());
                    }
                } else if (event.isText()) {
                    streamedText = false; // the next model reply streams afresh
                } else if (event.isToolResult() && event.asToolResult().name().equals("retrieve")) {
                    sources.addResults(event.asToolResult()._result());
                } else if (event.isStop()) {
                    stop = event.asStop();
                }
            }
        }
        if (!json) {
            if (!answer.toString().contains("\nSources:") && !sources.isEmpty()) {
                out.println();
                out.println();
                out.println("Sources:");
                sources.lines().forEach(out::println);
            } else {
                out.println();
            }
            out.flush();
        }
        if (stop == null) {
            throw new CliFailure(ExitCodes.FAILED, "the answer stream ended early (session " + session + ")");
        }
        if (stop.isError()) {
            throw new CliFailure(ExitCodes.FAILED, "the answer failed: " + stop.error().orElse("unknown error"));
        }
        return ExitCodes.OK;
    }
}
