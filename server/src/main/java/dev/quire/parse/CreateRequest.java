package dev.quire.parse;

import java.util.Map;
import java.util.Optional;

/**
 * A request to start a parse job, read from the JSON body (or the upload's {@code configuration}).
 * {@code raw} is the body as sent, returned by {@code expand=raw_parameters}.
 */
public record CreateRequest(String tier, String version, Optional<String> fileId, Optional<String> sourceUrl,
                            Optional<String> name, Map<String, String> userMetadata, JobOptions options, String raw) {
    public CreateRequest {
        userMetadata = Map.copyOf(userMetadata);
    }
}
