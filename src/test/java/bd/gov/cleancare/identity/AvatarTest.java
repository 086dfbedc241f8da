package bd.gov.cleancare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.ApiTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class AvatarTest extends ApiTest {

    static byte[] png() throws IOException {
        var image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void a_png_becomes_my_profile_picture_and_is_served_back() throws IOException {
        var me = citizen();
        var content = png();

        var response = api.as(me.accessToken()).multipart("/api/v1/users/profile/avatar/", "avatar", "me.txt", "text/plain", content);

        assertThat(response.status()).isEqualTo(200);
        var url = response.json().get("profile_picture_url").asString();
        assertThat(url).startsWith("/media/avatars/").endsWith(".jpg");
        var served = api.get(url);
        assertThat(served.status()).isEqualTo(200);
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(served.body()))).isNotNull();
    }

    @Test
    void a_file_that_is_not_an_image_is_refused_whatever_its_name() {
        var me = citizen();

        var response = api.as(me.accessToken()).multipart("/api/v1/users/profile/avatar/", "avatar", "photo.jpg", "image/jpeg",
                "<script>alert(1)</script>".getBytes());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").has("avatar")).isTrue();
    }

    @Test
    void an_image_over_five_megabytes_is_refused_with_413() throws IOException {
        var me = citizen();
        var big = Arrays.copyOf(png(), 5 * 1024 * 1024 + 10);

        var response = api.as(me.accessToken()).multipart("/api/v1/users/profile/avatar/", "avatar", "big.png", "image/png", big);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void uploading_needs_a_signed_in_user() throws IOException {
        assertThat(api.multipart("/api/v1/users/profile/avatar/", "avatar", "a.png", "image/png", png()).status()).isEqualTo(401);
    }
}
