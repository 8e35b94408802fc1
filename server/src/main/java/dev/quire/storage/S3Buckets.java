package dev.quire.storage;

import dev.quire.common.ConfigurationError;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Checks at start-up that the bucket is reachable with the configured credentials, creating it on
 * first start, and turns each way this can fail into a message for the operator that names the
 * variable to fix (never the secret).
 */
final class S3Buckets {
    private final S3Client s3;
    private final BlobSettings.S3 settings;

    S3Buckets(S3Client s3, BlobSettings.S3 settings) {
        this.s3 = s3;
        this.settings = settings;
    }

    void ensureExists() {
        try {
            s3.headBucket(b -> b.bucket(settings.bucket()));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw refused(e, "cannot access bucket");
            }
            create();
        } catch (SdkClientException e) {
            throw unreachable(e);
        }
    }

    private void create() {
        try {
            s3.createBucket(b -> {
                b.bucket(settings.bucket());
                // us-east-1 is the one region where S3 rejects an explicit location constraint.
                if (!settings.region().equals("us-east-1")) {
                    b.createBucketConfiguration(c -> c.locationConstraint(settings.region()));
                }
            });
        } catch (BucketAlreadyOwnedByYouException e) {
            // Another node created it between our HEAD and our create.
        } catch (S3Exception e) {
            throw refused(e, "cannot create bucket");
        } catch (SdkClientException e) {
            throw unreachable(e);
        }
    }

    private ConfigurationError refused(S3Exception e, String what) {
        int status = e.statusCode();
        // HEAD answers have no body, hence often no error code.
        String code = e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null
                ? "" : " " + e.awsErrorDetails().errorCode();
        String hint = switch (status) {
            case 401, 403 -> "check QUIRE_S3_ACCESS_KEY and QUIRE_S3_SECRET_KEY (and the key's permissions on the bucket)";
            case 409 -> "the name is taken by another account: choose another QUIRE_S3_BUCKET";
            case 400 -> "check QUIRE_S3_BUCKET and QUIRE_S3_REGION";
            default -> "check QUIRE_S3_ENDPOINT, QUIRE_S3_BUCKET and QUIRE_S3_REGION";
        };
        return new ConfigurationError(String.format("S3 endpoint %s (QUIRE_S3_ENDPOINT) %s %s: HTTP %d%s; %s",
                settings.endpoint(), what, settings.bucket(), status, code, hint), e);
    }

    private ConfigurationError unreachable(SdkClientException e) {
        return new ConfigurationError(String.format("S3 endpoint %s (QUIRE_S3_ENDPOINT) is unreachable: %s",
                settings.endpoint(), e.getMessage()), e);
    }
}
