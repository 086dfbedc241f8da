package bd.gov.cleancare.platform.push;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * PUSH_PROVIDER (log | fcm); for fcm the Firebase service account's JSON key, inline
 * (FCM_SERVICE_ACCOUNT_JSON) or as a file (FCM_SERVICE_ACCOUNT_FILE); FCM_BASE_URL and PUSH_TIMEOUT.
 */
@ConfigurationProperties("cleancare.push")
public record PushProperties(
        @DefaultValue("log") String provider,
        String serviceAccountJson,
        String serviceAccountFile,
        @DefaultValue("https://fcm.googleapis.com") String fcmBaseUrl,
        @DefaultValue("5s") Duration timeout) {

    /** The inline service account holds a private key; the record's own toString would print it. */
    @Override
    public String toString() {
        return "PushProperties[provider=" + provider + ", serviceAccountJson=" + (serviceAccountJson == null ? null : "(hidden)")
                + ", serviceAccountFile=" + serviceAccountFile + ", fcmBaseUrl=" + fcmBaseUrl + ", timeout=" + timeout + "]";
    }
}
