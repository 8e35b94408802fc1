package dev.quire.storage;

import java.util.Map;

/** The contract's {@code PresignedURL} (§1.10): a link usable without the API key, until {@code expiresAt}. */
public record PresignedUrl(String url, String expiresAt, Map<String, String> formFields) {}
