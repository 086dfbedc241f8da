package bd.gov.cleancare.staff;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.BrowserTest;
import org.junit.jupiter.api.Test;

/** Gallery albums and their photos kept from the staff console, in the admin's wards only. */
class GalleryManagementPagesTest extends BrowserTest {

    @Test
    void a_ward_admin_makes_an_album_uploads_a_photo_hides_it_publishes_the_album_and_deletes_it() {
        var page = signedIn(galleryAdmin("12"));
        page.click("nav a[href='/staff/gallery']");
        page.navigate("/staff/gallery?lang=en");
        page.click("#new-album");
        page.fill("#title", "পরিচ্ছন্ন ওয়ার্ড ১২");
        page.selectOption("#ward", "DSCC/12");
        page.click("#album-form button[type=submit]");
        page.waitForURL(url -> url.matches(".*/staff/gallery/[0-9a-f-]{36}$"));
        var id = page.url().substring(page.url().lastIndexOf('/') + 1);
        assertThat(api.get("/api/v1/gallery/albums/" + id + "/").status()).isEqualTo(404);

        page.setInputFiles("#image", photo());
        page.fill("#caption", "পরিষ্কার রাস্তা");
        page.click("#upload-form button[type=submit]");
        assertThat(page.locator("#photos [role=status]").textContent()).contains("uploaded");
        assertThat(page.locator("#photo-list li").count()).isEqualTo(1);
        assertThat(page.locator("#photo-list img").getAttribute("alt")).isEqualTo("পরিষ্কার রাস্তা");
        assertThat(page.request().get(page.locator("#photo-list img").getAttribute("src")).status()).isEqualTo(200);

        page.click("#photo-list form:first-of-type button");
        assertThat(page.locator("#photo-list .photo-state").textContent()).isEqualTo("Hidden");
        page.check("#isPublished");
        page.click("#album-form button[type=submit]");
        var published = api.get("/api/v1/gallery/albums/" + id + "/");
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().get("photos").size()).isZero();

        page.click("#delete-album");
        assertThat(page.locator("main [role=status]").textContent()).contains("deleted");
        assertThat(api.get("/api/v1/gallery/albums/" + id + "/").status()).isEqualTo(404);
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void an_admin_of_another_ward_may_neither_open_nor_make_the_wards_albums() {
        var ours = signedIn(galleryAdmin("12"));
        ours.navigate("/staff/gallery/new?lang=en");
        ours.fill("#title", "ওয়ার্ড ১২");
        ours.selectOption("#ward", "DSCC/12");
        ours.check("#isPublished");
        ours.click("#album-form button[type=submit]");
        ours.waitForURL(url -> url.matches(".*/staff/gallery/[0-9a-f-]{36}$"));
        var album = ours.url().substring(ours.url().indexOf("/staff/"));

        var theirs = signedIn(galleryAdmin("13"));
        assertThat(theirs.navigate(album).status()).isEqualTo(403);
        theirs.navigate("/staff/gallery/new?lang=en");
        theirs.fill("#title", "ওয়ার্ড ১২");
        theirs.selectOption("#ward", "DSCC/12");
        var refused = theirs.waitForResponse(r -> r.request().method().equals("POST"), () -> theirs.click("#album-form button[type=submit]"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM gallery_albums").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_gallery_pages_have_no_serious_accessibility_problems_in_either_language() {
        var page = signedIn(galleryAdmin("12"));
        page.navigate("/staff/gallery/new");
        page.fill("#title", "ওয়ার্ড ১২");
        page.selectOption("#ward", "DSCC/12");
        page.click("#album-form button[type=submit]");
        page.waitForURL(url -> url.matches(".*/staff/gallery/[0-9a-f-]{36}$"));
        var album = page.url().substring(page.url().indexOf("/staff/"));
        page.setInputFiles("#image", photo());
        page.click("#upload-form button[type=submit]");
        for (var lang : new String[] {"bn", "en"}) {
            for (var path : new String[] {"/staff/gallery", "/staff/gallery/new", album}) {
                page.navigate(path + "?lang=" + lang);
                axe(page);
            }
            page.navigate("/staff/gallery/new?lang=" + lang);
            page.click("#album-form button[type=submit]");
            assertThat(page.locator("#form-errors").count()).isEqualTo(1);
            axe(page);
        }
        assertThat(cspViolations).isEmpty();
    }

    private Account galleryAdmin(String ward) {
        var admin = staff("admin", "DSCC", ward);
        jdbc.sql("""
                INSERT INTO admin_permissions (admin_id, permission_type, resource_type, ward_numbers, city_corporation,
                                               can_create, can_read, can_update, can_delete)
                VALUES (:id, 'gallery', 'gallery', :wards, 'DSCC', TRUE, TRUE, TRUE, TRUE)""")
                .param("id", admin.id()).param("wards", new String[] {ward}).update();
        return admin;
    }
}
