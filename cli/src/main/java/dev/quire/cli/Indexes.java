package dev.quire.cli;

import com.llamacloud_prod.api.client.LlamaCloudClient;
import com.llamacloud_prod.api.models.beta.indexes.IndexListResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Indexes named on the command line: by name (what people type) or by id. */
final class Indexes {
    private Indexes() {}

    static Optional<IndexListResponse> byName(LlamaCloudClient client, String nameOrId) {
        List<IndexListResponse> matches = new ArrayList<>();
        for (IndexListResponse index : client.beta().indexes().list().autoPager()) {
            if (index.id().equals(nameOrId)) {
                return Optional.of(index);
            }
            if (index.name().equals(nameOrId)) {
                matches.add(index);
            }
        }
        if (matches.size() > 1) {
            throw new CliFailure(ExitCodes.FAILED, matches.size() + " indexes are named '" + nameOrId
                    + "'; name one by its id: " + String.join(", ", matches.stream().map(IndexListResponse::id).toList()));
        }
        return matches.stream().findFirst();
    }

    static IndexListResponse existing(LlamaCloudClient client, String nameOrId) {
        return byName(client, nameOrId).orElseThrow(() -> new CliFailure(ExitCodes.FAILED,
                "no index named '" + nameOrId + "'; create one with: quire ingest PATH --index " + nameOrId));
    }
}
