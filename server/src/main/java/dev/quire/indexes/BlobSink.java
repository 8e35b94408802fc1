package dev.quire.indexes;

import java.io.IOException;

/** Where an index stores attachment bytes (page screenshots); returns the key to find them again. */
@FunctionalInterface
public interface BlobSink {
    String store(byte[] bytes) throws IOException;
}
