package bd.gov.cleancare.platform.push;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fields FCM needs from a Google service account's JSON key (the file the Firebase console
 * downloads): which project to send for, who signs, with which key, and where tokens are issued.
 */
record ServiceAccount(String projectId, String clientEmail, String privateKeyId, RSAPrivateKey privateKey, URI tokenUri) {

    private static final String GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token";

    /** Reads the key PUSH_PROVIDER=fcm was given; any problem stops start-up with the setting to fix. */
    static ServiceAccount of(PushProperties properties, JsonMapper json) {
        var inline = present(properties.serviceAccountJson());
        var file = present(properties.serviceAccountFile());
        if (inline.isPresent() && file.isPresent()) {
            throw new IllegalStateException("set FCM_SERVICE_ACCOUNT_JSON or FCM_SERVICE_ACCOUNT_FILE, not both");
        }
        if (inline.isPresent()) {
            return parse(inline.get(), json, "FCM_SERVICE_ACCOUNT_JSON");
        }
        if (file.isPresent()) {
            try {
                return parse(Files.readString(Path.of(file.get())), json, "FCM_SERVICE_ACCOUNT_FILE " + file.get());
            } catch (IOException e) {
                throw new IllegalStateException("FCM_SERVICE_ACCOUNT_FILE " + file.get() + " cannot be read", e);
            }
        }
        throw new IllegalStateException("PUSH_PROVIDER=fcm needs FCM_SERVICE_ACCOUNT_JSON or FCM_SERVICE_ACCOUNT_FILE");
    }

    static ServiceAccount parse(String text, JsonMapper json, String source) {
        JsonNode key;
        try {
            key = json.readTree(text);
        } catch (JacksonException e) {
            // the message would quote the text, and the text holds the private key
            throw new IllegalStateException(source + " is not JSON");
        }
        return new ServiceAccount(
                required(key, "project_id", source),
                required(key, "client_email", source),
                key.path("private_key_id").stringValueOpt().orElse(null),
                rsaKey(required(key, "private_key", source), source),
                URI.create(key.path("token_uri").stringValueOpt().filter(uri -> !uri.isBlank()).orElse(GOOGLE_TOKEN_URI)));
    }

    private static String required(JsonNode key, String field, String source) {
        return key.path(field).stringValueOpt().filter(value -> !value.isBlank())
                .orElseThrow(() -> new IllegalStateException(source + " has no " + field));
    }

    private static RSAPrivateKey rsaKey(String pem, String source) {
        // a key pasted through a shell or a .env file often keeps its line breaks as the two characters \ and n
        var base64 = pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "")
                .replace("\\n", "").replaceAll("\\s", "");
        try {
            var der = Base64.getDecoder().decode(base64);
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IllegalArgumentException | GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException(source + " has a private_key that is not a PKCS#8 PEM RSA key");
        }
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    /** The record's own toString would print the private key. */
    @Override
    public String toString() {
        return "ServiceAccount[" + clientEmail + " for project " + projectId + "]";
    }
}
