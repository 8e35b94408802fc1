/**
 * Blobs on disk and signed, expiring links to them: the blob store, the presigner and the public
 * download route. Knows no feature (files and indexes use it); imports only common, errors and http.
 */
package dev.quire.storage;
