package bd.gov.cleancare.platform.storage;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * STORAGE_PROVIDER (local | s3); MEDIA_ROOT and MEDIA_URL for local files; the seed's AWS_* names
 * plus AWS_S3_ENDPOINT_URL for any S3-compatible service.
 */
@ConfigurationProperties("cleancare.storage")
public record StorageProperties(
        @DefaultValue("local") String provider,
        @DefaultValue("media") Path mediaRoot,
        @DefaultValue("/media") String mediaUrl,
        String s3Endpoint,
        String s3Region,
        String s3Bucket,
        String s3AccessKey,
        String s3SecretKey,
        String s3PublicUrl) {
}
