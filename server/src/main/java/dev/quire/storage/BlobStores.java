package dev.quire.storage;

import java.nio.file.Path;

/** Opens the blob store that {@link BlobSettings} describe. */
public final class BlobStores {
    private BlobStores() {
    }

    /**
     * The filesystem store under {@code dataDir/blobs}, or the S3 store (its bucket created if missing).
     *
     * @throws dev.quire.common.ConfigurationError if the S3 endpoint is unreachable or refuses the settings
     */
    public static BlobStore open(BlobSettings settings, Path dataDir) {
        if (settings instanceof BlobSettings.S3 s3) {
            return S3BlobStore.open(s3);
        }
        return FileSystemBlobStore.open(dataDir, settings.orphanMinimumAge());
    }
}
