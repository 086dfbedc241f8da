package bd.gov.cleancare.platform.push;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import tools.jackson.databind.json.JsonMapper;

/** A service account JSON key shaped like the one the Firebase console downloads, with a key made for the test. */
final class FakeServiceAccount {

    static final String PROJECT_ID = "cleancare-dhaka";
    static final String CLIENT_EMAIL = "firebase-adminsdk@cleancare-dhaka.iam.gserviceaccount.com";
    static final String KEY_ID = "8f2c9a1e0b7d4c3a";

    private static final KeyPair KEYS = generate();

    private FakeServiceAccount() {
    }

    static RSAPublicKey publicKey() {
        return (RSAPublicKey) KEYS.getPublic();
    }

    static String privateKeyPem() {
        var base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(KEYS.getPrivate().getEncoded());
        return "-----BEGIN PRIVATE KEY-----\n" + base64 + "\n-----END PRIVATE KEY-----\n";
    }

    static String json(String tokenUri) {
        var key = new LinkedHashMap<String, String>();
        key.put("type", "service_account");
        key.put("project_id", PROJECT_ID);
        key.put("private_key_id", KEY_ID);
        key.put("private_key", privateKeyPem());
        key.put("client_email", CLIENT_EMAIL);
        key.put("client_id", "104829310284756102938");
        key.put("auth_uri", "https://accounts.google.com/o/oauth2/auth");
        key.put("token_uri", tokenUri);
        return JsonMapper.builder().build().writeValueAsString(key);
    }

    private static KeyPair generate() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
