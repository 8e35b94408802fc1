package dev.quire.cli;

import com.llamacloud_prod.api.client.LlamaCloudClient;
import com.llamacloud_prod.api.client.okhttp.LlamaCloudOkHttpClient;
import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code --url} and {@code --key}, shared by every command that talks to a server. */
final class ServerOptions {
    static final String DEFAULT_URL = "http://localhost:8080";

    @Option(names = "--url", paramLabel = "URL",
            description = "Server address (default: $LLAMA_CLOUD_BASE_URL, else " + DEFAULT_URL + ").")
    private String url;

    @Option(names = "--key", paramLabel = "KEY",
            description = "API key (default: $LLAMA_CLOUD_API_KEY; prefer the variable: options show in `ps`).")
    private String key;

    String url(Console console) {
        String chosen = url != null ? url : console.env("LLAMA_CLOUD_BASE_URL");
        chosen = chosen == null ? DEFAULT_URL : chosen;
        return chosen.endsWith("/") ? chosen.substring(0, chosen.length() - 1) : chosen;
    }

    String key(Console console) {
        String chosen = key != null ? key : console.env("LLAMA_CLOUD_API_KEY");
        if (chosen == null || chosen.isBlank()) {
            throw new CliFailure(ExitCodes.USAGE, "no API key: pass --key or set LLAMA_CLOUD_API_KEY");
        }
        return chosen;
    }

    /** The SDK client; chat streams get a long read time-out (the server pings while the model thinks). */
    LlamaCloudClient client(Console console) {
        return LlamaCloudOkHttpClient.builder().baseUrl(url(console)).apiKey(key(console))
                .timeout(Duration.ofMinutes(5)).build();
    }

    AdminApi admin(Console console) {
        return new AdminApi(url(console), key(console));
    }
}
