package bd.gov.cleancare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.BrowserTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sign-up with OTP, login, password reset and logout as a citizen does them in the browser. */
class AccountPagesTest extends BrowserTest {

    @Test
    void a_citizen_signs_up_with_phone_and_otp_and_lands_signed_in_on_home() {
        var phone = newPhone();
        var page = page("/signup");
        page.fill("#name", "রহিমা খাতুন");
        page.fill("#phone", phone);
        page.selectOption("#ward", "DSCC/12");
        page.fill("#password", PASSWORD);
        page.click("main form button[type=submit]");
        page.waitForURL(base() + "/verify");
        page.fill("#otpCode", sms.lastCodeFor(phone));
        page.click("main form button[type=submit]");
        page.waitForURL(base() + "/");
        assertThat(page.locator("nav").textContent()).contains("আমার অভিযোগ", "লগআউট");
        var user = api.as(login(phone, PASSWORD).accessToken()).get("/api/v1/auth/me/").json();
        assertThat(user.get("ward_number").asString()).isEqualTo("12");
    }

    @Test
    void a_refused_sign_up_keeps_what_was_typed_and_says_why_next_to_the_field() {
        var taken = citizen();
        var page = page("/signup?lang=en");
        page.fill("#name", "Rahima");
        page.fill("#phone", taken.phone());
        page.selectOption("#ward", "DSCC/12");
        page.fill("#password", PASSWORD);
        page.click("main form button[type=submit]");
        assertThat(page.locator("#phone-error").textContent()).isNotBlank();
        assertThat(page.locator("#phone").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(page.inputValue("#name")).isEqualTo("Rahima");
        assertThat(page.inputValue("#ward")).isEqualTo("DSCC/12");
        assertThat(page.inputValue("#password")).isEmpty();
    }

    @Test
    void a_wrong_password_is_told_in_the_page_language() {
        var citizen = citizen();
        var page = page("/login");
        page.fill("#phone", citizen.phone());
        page.fill("#password", "wrong-password-1");
        page.click("main form button[type=submit]");
        assertThat(page.locator("#form-errors").textContent()).contains("ফোন নম্বর অথবা পাসওয়ার্ড সঠিক নয়");
        assertThat(page.inputValue("#phone")).isEqualTo(citizen.phone());
        page.navigate("/login?lang=en");
        page.fill("#phone", citizen.phone());
        page.fill("#password", "wrong-password-1");
        page.click("main form button[type=submit]");
        assertThat(page.locator("#form-errors").textContent()).contains("The phone number or password is not correct.");
    }

    @Test
    void a_forgotten_password_is_reset_with_an_sms_code_and_the_new_one_signs_in() {
        var citizen = citizen();
        var page = page("/forgot-password");
        page.fill("#phone", citizen.phone());
        page.click("main form button[type=submit]");
        page.waitForURL(base() + "/reset-password");
        page.fill("#otpCode", sms.lastCodeFor(citizen.phone()));
        page.fill("#newPassword", "Another-Horse-8");
        page.click("main form button[type=submit]");
        page.waitForURL(base() + "/login");
        assertThat(page.locator("main [role=status]").textContent()).isNotBlank();
        page.fill("#phone", citizen.phone());
        page.fill("#password", "Another-Horse-8");
        page.click("main form button[type=submit]");
        page.waitForURL(base() + "/");
    }

    @Test
    void logging_out_ends_the_session_and_its_token() {
        var page = signedIn(citizen());
        page.click("nav form button");
        page.waitForURL(base() + "/");
        assertThat(page.locator("nav").textContent()).contains("লগইন").doesNotContain("লগআউট");
        page.navigate("/complaints");
        assertThat(page.url()).isEqualTo(base() + "/login");
    }

    @Test
    void a_password_changed_in_the_app_ends_the_browser_session() {
        var citizen = citizen();
        var page = signedIn(citizen);
        var other = login(citizen.phone(), PASSWORD);
        var changed = api.as(other.accessToken()).put("/api/v1/auth/change-password/",
                Map.of("old_password", PASSWORD, "new_password", "Another-Horse-8"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        page.navigate("/complaints");
        assertThat(page.url()).isEqualTo(base() + "/login");
    }

    @Test
    void the_account_pages_have_no_serious_accessibility_problems_in_either_language() {
        for (var lang : new String[] {"bn", "en"}) {
            for (var path : new String[] {"/login", "/signup", "/forgot-password"}) {
                axe(page(path + "?lang=" + lang));
            }
            var refused = page("/login?lang=" + lang);
            refused.click("main form button[type=submit]");
            axe(refused);
        }
        assertThat(cspViolations).isEmpty();
    }
}
