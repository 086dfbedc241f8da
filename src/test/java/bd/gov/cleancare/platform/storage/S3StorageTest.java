package bd.gov.cleancare.platform.storage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.http.HttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The S3 adapter against a local fake of the PutObject API. */
class S3StorageTest {

    private WireMockServer s3;
    private Storage storage;

    @BeforeEach
    void start() {
        s3 = new WireMockServer(wireMockConfig().dynamicPort());
        s3.start();
        storage = new S3Storage(new StorageProperties("s3", null, null, s3.baseUrl(), "ap-south-1", "cleancare-media",
                "AKIDEXAMPLE", "secret", "https://cdn.cleancare.gov.bd/media"), HttpClient.newHttpClient());
    }

    @AfterEach
    void stop() {
        s3.stop();
    }

    @Test
    void an_upload_is_a_signed_path_style_put_and_returns_the_public_url() {
        s3.stubFor(put(urlMatching("/cleancare-media/avatars/.*")).willReturn(aResponse().withStatus(200)));
        var content = new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};

        var url = storage.put("avatars", content, FileType.PNG);

        assertThat(url).matches("https://cdn\\.cleancare\\.gov\\.bd/media/avatars/[0-9a-f-]{36}\\.png");
        s3.verify(putRequestedFor(urlMatching("/cleancare-media/avatars/[0-9a-f-]{36}\\.png"))
                .withHeader("Authorization", matching("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/\\d{8}/ap-south-1/s3/aws4_request,"
                        + "SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date,Signature=[0-9a-f]{64}"))
                .withHeader("x-amz-content-sha256", matching("[0-9a-f]{64}"))
                .withHeader("Content-Type", matching("image/png"))
                .withRequestBody(binaryEqualTo(content)));
    }

    @Test
    void a_refused_upload_is_an_error_not_a_url() {
        s3.stubFor(put(urlMatching("/.*")).willReturn(aResponse().withStatus(403).withBody("<Error>AccessDenied</Error>")));

        assertThatThrownBy(() -> storage.put("avatars", new byte[] {1}, FileType.JPEG)).hasMessageContaining("403");
    }

    @Test
    void a_stored_file_is_read_back_with_a_signed_get_and_a_missing_one_is_empty() {
        var content = new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2};
        s3.stubFor(get(urlEqualTo("/cleancare-media/gallery/a.jpg")).willReturn(aResponse().withStatus(200).withBody(content)));
        s3.stubFor(get(urlEqualTo("/cleancare-media/gallery/gone.jpg")).willReturn(aResponse().withStatus(404)));

        assertThat(storage.read("https://cdn.cleancare.gov.bd/media/gallery/a.jpg")).hasValue(content);
        assertThat(storage.read("https://cdn.cleancare.gov.bd/media/gallery/gone.jpg")).isEmpty();
        assertThat(storage.read("https://elsewhere.example/gallery/a.jpg")).isEmpty();
        s3.verify(getRequestedFor(urlEqualTo("/cleancare-media/gallery/a.jpg"))
                .withHeader("Authorization", matching("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/\\d{8}/ap-south-1/s3/aws4_request,.*")));
    }
}
