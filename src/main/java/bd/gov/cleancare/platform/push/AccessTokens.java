package bd.gov.cleancare.platform.push;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.locks.ReentrantLock;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * OAuth 2.0 access tokens for FCM, obtained as Google documents for server-to-server applications:
 * a JWT signed with the service account's key is exchanged at its token_uri
 * (grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer). One token serves every send until shortly
 * before it expires.
 */
final class AccessTokens {

    static final String SCOPE = "https://www.googleapis.com/auth/firebase.messaging";
    static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    /** Google accepts assertions valid for at most one hour. */
    private static final Duration ASSERTION_LIFETIME = Duration.ofHours(1);
    /** Renewed this early so a token cannot lapse between being handed out and reaching FCM. */
    private static final Duration RENEWAL_MARGIN = Duration.ofMinutes(5);

    private final ServiceAccount account;
    private final HttpClient http;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration timeout;
    // a lock, not synchronized: the token request blocks on the network, and requests run on virtual threads
    private final ReentrantLock lock = new ReentrantLock();
    private volatile AccessToken current;

    AccessTokens(ServiceAccount account, HttpClient http, JsonMapper json, Clock clock, Duration timeout) {
        this.account = account;
        this.http = http;
        this.json = json;
        this.clock = clock;
        this.timeout = timeout;
    }

    /** A token good for the next request: the cached one, or a new one when it is about to expire. */
    String token() {
        var token = current;
        if (token != null && token.fresh(clock.instant())) {
            return token.value();
        }
        lock.lock();
        try {
            if (current == null || !current.fresh(clock.instant())) {
                current = obtain();
            }
            return current.value();
        } finally {
            lock.unlock();
        }
    }

    /** FCM refused {@code rejected}; a new token, unless another thread has already replaced it. */
    String replace(String rejected) {
        lock.lock();
        try {
            if (current == null || current.value().equals(rejected)) {
                current = obtain();
            }
            return current.value();
        } finally {
            lock.unlock();
        }
    }

    private AccessToken obtain() {
        var issuedAt = clock.instant();
        var form = "grant_type=" + URLEncoder.encode(JWT_BEARER, StandardCharsets.UTF_8)
                + "&assertion=" + URLEncoder.encode(assertion(issuedAt), StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(account.tokenUri())
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PushNotSent("the Google token endpoint could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PushNotSent("interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new PushNotSent("the Google token endpoint answered " + response.statusCode() + " " + oauthError(response.body()));
        }
        try {
            var answer = json.readTree(response.body());
            var value = answer.path("access_token").stringValueOpt()
                    .orElseThrow(() -> new PushNotSent("the Google token endpoint answered without an access_token"));
            var lifetime = Duration.ofSeconds(answer.path("expires_in").asLong(3600));
            var margin = RENEWAL_MARGIN.compareTo(lifetime.dividedBy(2)) < 0 ? RENEWAL_MARGIN : lifetime.dividedBy(2);
            return new AccessToken(value, issuedAt.plus(lifetime).minus(margin));
        } catch (JacksonException e) {
            throw new PushNotSent("the Google token endpoint answered something other than JSON", e);
        }
    }

    private String assertion(Instant issuedAt) {
        var header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(account.privateKeyId()).build();
        var claims = new JWTClaimsSet.Builder()
                .issuer(account.clientEmail())
                .claim("scope", SCOPE)
                .audience(account.tokenUri().toString())
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(ASSERTION_LIFETIME)))
                .build();
        var jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(account.privateKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign the FCM token request", e);
        }
        return jwt.serialize();
    }

    /** Google's answer is {"error": "invalid_grant", "error_description": "..."}; it names no secret. */
    private String oauthError(String body) {
        try {
            var error = json.readTree(body);
            return error.path("error").asString("") + " " + error.path("error_description").asString("");
        } catch (JacksonException e) {
            return "";
        }
    }

    private record AccessToken(String value, Instant renewAt) {

        boolean fresh(Instant now) {
            return now.isBefore(renewAt);
        }
    }
}
