package dev.quire.storage;

import dev.quire.common.ConfigurationError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Blobs as objects {@code blobs/<32 hex>} in one bucket of any S3-compatible store (path-style
 * requests, so MinIO, Ceph, Garage or S3Proxy work as well as AWS). A put that returned is durable:
 * S3 answers a PUT or a completed multipart upload only once the object is stored.
 *
 * <p>All or nothing: a blob smaller than {@link #PART_SIZE} is one PUT; a larger one is a multipart
 * upload, invisible until completed and aborted when the input fails. Memory stays near two parts per
 * upload whatever the size (the part read from the input, and the JDK HTTP client's copy of the
 * request body, which it buffers because the SDK does not switch it to fixed-length streaming).
 * A process that dies mid-upload leaves an incomplete multipart upload that no listing shows; a
 * bucket lifecycle rule "abort incomplete multipart uploads after 1 day" reclaims it.
 *
 * <pre>{@code
 * try (S3BlobStore blobs = S3BlobStore.open(settings)) { StoredBlob blob = blobs.put(in); }
 * }</pre>
 */
public final class S3BlobStore implements BlobStore, AutoCloseable {
    /** The part size of multipart uploads; smaller blobs are one request. */
    static final int PART_SIZE = 8 * 1024 * 1024;

    private static final String PREFIX = "blobs/";
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");

    private final S3Client s3;
    private final String bucket;

    private S3BlobStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    /**
     * Connects to the endpoint and creates the bucket if it does not exist yet.
     *
     * @throws ConfigurationError if the endpoint is unreachable, refuses the credentials, or the bucket
     *     can be neither found nor created (the message names the variable, never the secret)
     */
    public static S3BlobStore open(BlobSettings.S3 settings) {
        S3Client s3 = S3Client.builder()
                .endpointOverride(settings.endpoint())
                .region(Region.of(settings.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())))
                .forcePathStyle(true)
                // Checksums only where S3 requires them: newer default trailers are unknown to many
                // S3-compatible servers. Parts and single puts carry Content-MD5 instead.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(10))
                        .socketTimeout(Duration.ofMinutes(2)))
                .build();
        try {
            new S3Buckets(s3, settings).ensureExists();
        } catch (RuntimeException | Error e) {
            s3.close();
            throw e;
        }
        return new S3BlobStore(s3, settings.bucket());
    }

    @Override
    public StoredBlob putAs(String key, InputStream content) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a blob key: " + key);
        }
        MessageDigest sha = digest("SHA-256");
        DigestInputStream in = new DigestInputStream(content, sha);
        byte[] part = new byte[PART_SIZE];
        try {
            int n = in.readNBytes(part, 0, PART_SIZE);
            long size = n;
            if (n < PART_SIZE) {
                s3.putObject(b -> b.bucket(bucket).key(PREFIX + key).contentType("application/octet-stream")
                        .contentMD5(md5(part, n)), body(part, n));
            } else {
                size = multipartPut(key, in, part);
            }
            return new StoredBlob(key, size, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Uploads the full buffer and the rest of {@code in} as parts; aborts the upload on any failure. */
    private long multipartPut(String key, InputStream in, byte[] part) throws IOException {
        String objectKey = PREFIX + key;
        String uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key(objectKey)
                .contentType("application/octet-stream")).uploadId();
        try {
            List<CompletedPart> parts = new ArrayList<>();
            long size = 0;
            int n = PART_SIZE;
            // The first part is already in the buffer; later parts reuse it. A stream that ends on a
            // part boundary reads 0 bytes next: nothing more to send.
            while (n > 0) {
                int number = parts.size() + 1;
                int length = n;
                String etag = s3.uploadPart(b -> b.bucket(bucket).key(objectKey).uploadId(uploadId)
                        .partNumber(number).contentMD5(md5(part, length)), body(part, length)).eTag();
                parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
                size += n;
                n = n == PART_SIZE ? in.readNBytes(part, 0, PART_SIZE) : 0;
            }
            s3.completeMultipartUpload(b -> b.bucket(bucket).key(objectKey).uploadId(uploadId)
                    .multipartUpload(u -> u.parts(parts)));
            return size;
        } catch (IOException | RuntimeException | Error e) {
            abortQuietly(objectKey, uploadId, e);
            throw e;
        }
    }

    private void abortQuietly(String objectKey, String uploadId, Throwable failure) {
        try {
            s3.abortMultipartUpload(b -> b.bucket(bucket).key(objectKey).uploadId(uploadId));
        } catch (RuntimeException e) {
            // The upload stays incomplete and invisible; the caller needs the original failure.
            failure.addSuppressed(e);
        }
    }

    @Override
    public Optional<InputStream> open(String key) {
        if (!KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        try {
            ResponseInputStream<GetObjectResponse> in = s3.getObject(b -> b.bucket(bucket).key(PREFIX + key),
                    ResponseTransformer.toInputStream());
            return Optional.of(in);
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * S3 deletes answer the same whether or not the object existed, so a HEAD asks first. Two
     * processes deleting the same blob at once may therefore both see true.
     */
    @Override
    public boolean delete(String key) {
        if (!KEY.matcher(key).matches()) {
            return false;
        }
        try {
            s3.headObject(b -> b.bucket(bucket).key(PREFIX + key));
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
        s3.deleteObject(b -> b.bucket(bucket).key(PREFIX + key));
        return true;
    }

    /** S3's {@code Last-Modified} of a multipart upload is when it started: the sweep's age must exceed the slowest put. */
    @Override
    public Set<String> keysStoredBefore(Instant instant) {
        Set<String> keys = new HashSet<>();
        for (S3Object object : s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(PREFIX)).contents()) {
            String key = object.key().substring(PREFIX.length());
            if (KEY.matcher(key).matches() && !object.lastModified().isAfter(instant)) {
                keys.add(key);
            }
        }
        return keys;
    }

    @Override
    public void close() {
        s3.close();
    }

    private static RequestBody body(byte[] bytes, int length) {
        // Not fromBytes: that copies the part; a ByteArrayInputStream supports the reset a retry needs.
        return RequestBody.fromContentProvider(() -> new ByteArrayInputStream(bytes, 0, length), length,
                "application/octet-stream");
    }

    private static String md5(byte[] bytes, int length) {
        MessageDigest md5 = digest("MD5");
        md5.update(bytes, 0, length);
        return Base64.getEncoder().encodeToString(md5.digest());
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
