package bd.gov.cleancare.platform.storage;

/** Where uploaded files live: a local directory by default, an S3-compatible bucket in production. */
public interface Storage {

    /**
     * Stores the bytes under a fresh name inside {@code folder} and returns the public URL.
     * Names are generated, never taken from the client.
     */
    String put(String folder, byte[] content, FileType type);

    /** Whether the URL is one this storage handed out (a client may only point at our own files). */
    boolean owns(String url);

    /** Removes a file this storage returned the URL of; unknown URLs are ignored. */
    void delete(String url);

    /** The content of a file this storage returned the URL of; empty when it is gone or the URL is not ours. */
    java.util.Optional<byte[]> read(String url);
}
