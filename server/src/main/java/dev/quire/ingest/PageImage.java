package dev.quire.ingest;

/** A rendered page screenshot: JPEG bytes of 1-based page {@code pageNumber}. */
public record PageImage(int pageNumber, byte[] jpeg) {
}
