package com.llamacloud_prod.api.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.llamacloud_prod.api.client.LlamaCloudClient;
import com.llamacloud_prod.api.core.MultipartField;
import com.llamacloud_prod.api.errors.NotFoundException;
import com.llamacloud_prod.api.errors.UnprocessableEntityException;
import com.llamacloud_prod.api.models.parsing.ParsingCreateParams;
import com.llamacloud_prod.api.models.parsing.ParsingJob;
import com.llamacloud_prod.api.models.parsing.ParsingResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** client.parsing() against a live server: upload, poll to completion, expansions, list, delete, errors. */
@ExtendWith(LiveServerExtension.class)
class ParsingSdkTest {
    private static final String DOC = "# Travel policy\n\nTrains are booked in second class.\n\n"
            + "| Trip | Limit |\n|---|---|\n| Domestic | 200 |\n| Abroad | 800 |\n";

    @Test
    void parses_an_upload_to_markdown_text_and_items(LiveServer server) {
        LlamaCloudClient client = server.client();
        ParsingJob job = client.parsing().upload(
                MultipartField.of(DOC.getBytes(StandardCharsets.UTF_8), "travel.md"),
                ParsingCreateParams.builder().tier("fast").version("latest").build());
        assertThat(job.id()).isNotBlank();

        ParsingResult result = client.parsing().waitForCompletion(job.id(),
                List.of("markdown", "text", "items", "markdown_full"), Duration.ofSeconds(60));
        assertThat(result.job().status()).isEqualTo("COMPLETED");
        assertThat(result.markdownPages().orElseThrow()).hasSize(1);
        assertThat(result.markdownPages().orElseThrow().get(0)).contains("# Travel policy").contains("| Abroad | 800 |");
        assertThat(result.markdownFull().orElseThrow()).contains("| Domestic | 200 |");
        assertThat(result.textPages().orElseThrow().get(0)).contains("Trains are booked in second class.");
        assertThat(result.items().orElseThrow().toString()).contains("\"type\":\"table\"");
        assertThat(client.parsing().list()).extracting(ParsingJob::id).contains(job.id());

        client.parsing().delete(job.id());
        assertThatThrownBy(() -> client.parsing().get(job.id(), List.of())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_model_tier_is_refused_with_what_is_supported(LiveServer server) {
        assertThatThrownBy(() -> server.client().parsing().upload(
                MultipartField.of("x".getBytes(StandardCharsets.UTF_8), "x.md"),
                ParsingCreateParams.builder().tier("agentic").version("latest").build()))
                .isInstanceOf(UnprocessableEntityException.class).hasMessageContaining("fast");
    }
}
