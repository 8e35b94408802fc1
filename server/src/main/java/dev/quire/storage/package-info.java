/**
 * Blobs and signed, expiring links to them: the blob store (a local or shared directory, or any
 * S3-compatible object store through the AWS SDK, whose types stay in this package), the presigner
 * and the public download route. Knows no feature (files and indexes use it); imports only common,
 * errors and http.
 */
package dev.quire.storage;
