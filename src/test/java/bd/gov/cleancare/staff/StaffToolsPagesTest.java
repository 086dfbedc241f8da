package bd.gov.cleancare.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import bd.gov.cleancare.support.BrowserTest;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The staff tools in the browser: a response template chosen on a complaint, a duplicate closed, a caller's complaint filed. */
class StaffToolsPagesTest extends BrowserTest {

    @Test
    void staff_choose_a_template_close_a_duplicate_and_file_for_a_caller_in_bengali_and_english() {
        var boss = staff("super_admin", "DSCC");
        var template = api.as(boss.accessToken()).post("/api/v1/admin/response-templates/", Map.of("category", "cleanliness",
                "status", "in_progress", "title", "দল পাঠানো হয়েছে", "text_bn", "পরিচ্ছন্নতা দল রওনা হয়েছে।",
                "text_en", "A cleaning team is on its way.")).json().get("id").asString();
        var citizen = citizen("DSCC", "12");
        var original = file(citizen, Map.of("title", "মূল অভিযোগ"));
        var duplicate = file(citizen(), Map.of("title", "একই ময়লা")).get("id").asString();
        var admin = staff("admin", "DSCC", "12");
        jdbc.sql("UPDATE admin_permissions SET can_create = TRUE WHERE admin_id = :id").param("id", admin.id()).update();
        var id = original.get("id").asString();

        var page = signedIn(admin);
        page.navigate("/staff/complaints/" + id);
        axe(page);
        page.selectOption("#templateId", template);
        page.click("main form button[type=submit]");
        page.waitForURL(base() + "/staff/complaints/" + id);
        assertThat(page.locator("#current-status").textContent()).isEqualTo("প্রক্রিয়াধীন");
        assertThat(page.locator(".timeline").textContent()).contains("পরিচ্ছন্নতা দল রওনা হয়েছে।");

        page.navigate("/staff/complaints/" + duplicate);
        page.fill("#original", "CC000000000000");
        page.click("#duplicate-title + form button[type=submit]");
        assertThat(page.locator("#original-error").textContent()).isNotBlank();
        axe(page);
        page.fill("#original", original.get("tracking_number").asString());
        page.click("#duplicate-title + form button[type=submit]");
        page.waitForURL(base() + "/staff/complaints/" + duplicate);
        assertThat(page.locator("#current-status").textContent()).isEqualTo("বাতিল");
        assertThat(page.locator("#duplicate-of a").textContent()).isEqualTo(original.get("tracking_number").asString());
        assertThat(page.locator("#duplicate-of a").getAttribute("href")).isEqualTo("/staff/complaints/" + id);

        page.click("nav a[href='/staff/complaints/assisted']");
        axe(page);
        page.click("#assisted-form button[type=submit]");
        assertThat(page.locator("#form-errors").count()).isEqualTo(1);
        assertThat(page.locator("#phone-error").textContent()).isNotBlank();
        axe(page);
        var phone = newPhone();
        page.fill("#phone", phone);
        page.fill("#name", "করিম উদ্দিন");
        page.selectOption("#ward", "DSCC/12");
        page.selectOption("#category", "cleanliness");
        page.fill("#title", "ড্রেন বন্ধ");
        page.fill("#description", "ড্রেন উপচে পানি রাস্তায়।");
        page.fill("#location", "লালবাগ রোড");
        page.click("#assisted-form button[type=submit]");
        page.waitForURL(Pattern.compile(".*/staff/complaints/[0-9a-f-]{36}$"));
        assertThat(page.locator("#source").textContent()).isEqualTo("হটলাইন (কর্মী করেছেন)");
        var number = page.locator(".tracking").textContent();
        assertThat(page.locator("main [role=status]").textContent()).contains(number);
        await().atMost(Duration.ofSeconds(10)).until(() -> sms.sent().stream()
                .anyMatch(sent -> sent.phone().equals(phone) && sent.text().contains(number)));

        page.navigate("/staff/complaints/assisted?lang=en");
        assertThat(page.locator("h1").textContent()).isEqualTo("File a complaint for a caller");
        axe(page);
        page.navigate("/staff/complaints/" + id + "?lang=en");
        assertThat(page.locator("#templateId option").allTextContents()).contains("In progress: দল পাঠানো হয়েছে");
        axe(page);
        page.navigate("/staff/complaints/" + duplicate + "?lang=en");
        assertThat(page.locator(".timeline").textContent()).contains("Closed as a duplicate of");
        axe(page);
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void a_citizen_is_refused_the_hotline_form_and_a_staff_member_without_the_create_permission_too() {
        var page = signedIn(citizen());
        assertThat(page.locator("nav a[href='/staff/complaints/assisted']").count()).isZero();
        assertThat(page.navigate("/staff/complaints/assisted").status()).isEqualTo(403);
        context.clearCookies();
        var staffPage = signedIn(staff("admin", "DSCC", "12"));
        assertThat(staffPage.navigate("/staff/complaints/assisted").status()).isEqualTo(403);
    }
}
