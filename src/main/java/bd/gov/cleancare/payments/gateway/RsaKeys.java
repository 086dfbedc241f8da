package bd.gov.cleancare.payments.gateway;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** RSA keys from configuration: PEM, or the bare base64 DER Nagad hands out (PKCS#8 private, X.509 public). */
final class RsaKeys {

    private RsaKeys() {
    }

    static PrivateKey privateKey(String text, String name) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(text, name)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(name + " is not a PKCS#8 RSA private key"
                    + " (a PKCS#1 key converts with: openssl pkcs8 -topk8 -nocrypt)", e);
        }
    }

    static PublicKey publicKey(String text, String name) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(text, name)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(name + " is not an X.509 (SubjectPublicKeyInfo) RSA public key", e);
        }
    }

    private static byte[] der(String text, String name) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(name + " is not set");
        }
        // .env files often carry a PEM on one line with literal \n between its lines
        var base64 = text.replace("\\n", "").replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " is neither PEM nor base64", e);
        }
    }
}
