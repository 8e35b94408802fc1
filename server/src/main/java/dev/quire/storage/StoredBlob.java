package dev.quire.storage;

/** A blob as stored: its key (server-made, never a user's file name), size in bytes, hex SHA-256. */
public record StoredBlob(String key, long size, String sha256) {}
