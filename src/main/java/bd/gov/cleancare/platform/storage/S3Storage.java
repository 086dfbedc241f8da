package bd.gov.cleancare.platform.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Uploads to an S3-compatible bucket (AWS S3, MinIO, DigitalOcean Spaces) with a path-style
 * PUT signed by SigV4; no SDK needed for the one call we make.
 */
final class S3Storage implements Storage {

    private final URI endpoint;
    private final String bucket;
    private final String publicUrl;
    private final SigV4 signer;
    private final HttpClient http;

    S3Storage(StorageProperties properties, HttpClient http) {
        require(properties.s3Bucket(), "AWS_STORAGE_BUCKET_NAME");
        require(properties.s3AccessKey(), "AWS_ACCESS_KEY_ID");
        require(properties.s3SecretKey(), "AWS_SECRET_ACCESS_KEY");
        var region = properties.s3Region() == null || properties.s3Region().isBlank() ? "us-east-1" : properties.s3Region();
        var endpoint = properties.s3Endpoint() == null || properties.s3Endpoint().isBlank()
                ? "https://s3." + region + ".amazonaws.com" : properties.s3Endpoint();
        this.endpoint = URI.create(endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint);
        this.bucket = properties.s3Bucket();
        this.publicUrl = properties.s3PublicUrl() == null || properties.s3PublicUrl().isBlank()
                ? this.endpoint + "/" + bucket : properties.s3PublicUrl().replaceAll("/$", "");
        this.signer = new SigV4(properties.s3AccessKey(), properties.s3SecretKey(), region, "s3");
        this.http = http;
    }

    @Override
    public String put(String folder, byte[] content, FileType type) {
        var key = folder + "/" + UUID.randomUUID() + "." + type.extension();
        var path = "/" + bucket + "/" + key;
        var uri = URI.create(endpoint + path);
        var now = Instant.now();
        var payloadHash = SigV4.sha256Hex(content);
        var host = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        var headers = Map.of("host", host, "content-type", type.mediaType(),
                "x-amz-content-sha256", payloadHash, "x-amz-date", SigV4.AMZ_DATE.format(now));
        var request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", type.mediaType())
                .header("x-amz-content-sha256", payloadHash)
                .header("x-amz-date", SigV4.AMZ_DATE.format(now))
                .header("Authorization", signer.authorization("PUT", path, headers, payloadHash, now))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content))
                .build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new UncheckedIOException(new IOException("S3 refused the upload: " + response.statusCode() + " " + response.body()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("S3 could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while uploading", e);
        }
        return publicUrl + "/" + key;
    }

    @Override
    public boolean owns(String url) {
        return url != null && url.startsWith(publicUrl + "/") && !url.contains("..");
    }

    @Override
    public void delete(String url) {
        if (url == null || !url.startsWith(publicUrl + "/")) {
            return;
        }
        try {
            var response = http.send(withoutBody("DELETE", url), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2 && response.statusCode() != 404) {
                throw new UncheckedIOException(new IOException("S3 refused the delete: " + response.statusCode()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("S3 could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while deleting", e);
        }
    }

    @Override
    public Optional<byte[]> read(String url) {
        if (!owns(url)) {
            return Optional.empty();
        }
        try {
            var response = http.send(withoutBody("GET", url), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 404) {
                return Optional.empty();
            }
            if (response.statusCode() / 100 != 2) {
                throw new UncheckedIOException(new IOException("S3 refused the download: " + response.statusCode()));
            }
            return Optional.of(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("S3 could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while downloading", e);
        }
    }

    /** A signed path-style request for the object behind one of our public URLs. */
    private HttpRequest withoutBody(String method, String url) {
        var path = "/" + bucket + "/" + url.substring(publicUrl.length() + 1);
        var uri = URI.create(endpoint + path);
        var now = Instant.now();
        var emptyHash = SigV4.sha256Hex(new byte[0]);
        var host = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        var headers = Map.of("host", host, "x-amz-content-sha256", emptyHash, "x-amz-date", SigV4.AMZ_DATE.format(now));
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("x-amz-content-sha256", emptyHash)
                .header("x-amz-date", SigV4.AMZ_DATE.format(now))
                .header("Authorization", signer.authorization(method, path, headers, emptyHash, now))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
    }

    private static void require(String value, String variable) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("STORAGE_PROVIDER=s3 needs " + variable);
        }
    }
}
