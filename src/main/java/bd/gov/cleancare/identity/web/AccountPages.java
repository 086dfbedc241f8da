package bd.gov.cleancare.identity.web;

import bd.gov.cleancare.geography.Geography;
import bd.gov.cleancare.geography.Ward;
import bd.gov.cleancare.identity.Authentication;
import bd.gov.cleancare.identity.PhoneNumber;
import bd.gov.cleancare.identity.Registration;
import bd.gov.cleancare.platform.pages.Forms;
import bd.gov.cleancare.platform.pages.PageController;
import bd.gov.cleancare.platform.pages.PageLanguages;
import bd.gov.cleancare.platform.pages.PublicPages;
import bd.gov.cleancare.platform.pages.WebSessions;
import bd.gov.cleancare.platform.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sign-up with phone and OTP, login, forgot/reset password and logout as pages, on the same
 * {@link Authentication} use cases as the API: each sign-in yields an access token, which
 * {@link WebSessions} turns into the browser's session.
 */
@PageController
class AccountPages {

    /** The phone a code was sent to, between the form that sent it and the form that takes it. */
    private static final String PENDING_PHONE = "identity.pending-phone";

    private final Authentication authentication;
    private final Geography geography;
    private final WebSessions sessions;
    private final PageLanguages languages;
    private final Forms forms;

    AccountPages(Authentication authentication, Geography geography, WebSessions sessions, PageLanguages languages, Forms forms) {
        this.authentication = authentication;
        this.geography = geography;
        this.sessions = sessions;
        this.languages = languages;
        this.forms = forms;
    }

    record LoginForm(String phone, String password) {
    }

    record SignUpForm(String name, String phone, String ward, String password) {

        /** "DSCC/12" from the ward picker; the service checks that the ward exists. */
        Registration registration() {
            var parts = ward == null ? new String[0] : ward.split("/", 2);
            return new Registration(phone, name, password, null, null, null,
                    parts.length == 2 ? parts[1] : null, parts.length == 2 ? parts[0] : null);
        }
    }

    record PhoneForm(String phone) {
    }

    record CodeForm(String otpCode, String newPassword) {
    }

    @Configuration(proxyBeanMethods = false)
    static class Routes {

        @Bean
        PublicPages publicAccountPages() {
            return new PublicPages("/login", "/signup", "/verify", "/verify/resend", "/forgot-password", "/reset-password",
                    "/reset-password/resend");
        }
    }

    @GetMapping("/login")
    String loginForm(Model model) {
        model.addAttribute("form", new LoginForm(null, null));
        return "identity/login";
    }

    @PostMapping("/login")
    String login(LoginForm form, Model model, HttpServletRequest request, HttpServletResponse response) {
        return forms.submit(model, new LoginForm(form.phone(), null), "identity/login", () -> {
            var tokens = authentication.login(form.phone(), form.password());
            return signedIn(request, response, tokens.accessToken());
        });
    }

    @GetMapping("/signup")
    String signUpForm(Model model) {
        model.addAttribute("form", new SignUpForm(null, null, null, null));
        return signUpPage(model);
    }

    @PostMapping("/signup")
    String signUp(SignUpForm form, Model model, HttpSession session, Locale locale) {
        signUpPage(model);
        var typed = new SignUpForm(form.name(), form.phone(), form.ward(), null);
        return forms.submit(model, typed, "identity/signup", Map.of("ward_number", "ward", "city_corporation", "ward"), () -> {
            var registered = authentication.register(form.registration(), locale);
            session.setAttribute(PENDING_PHONE, registered.phone());
            return "redirect:/verify";
        });
    }

    @GetMapping("/verify")
    String verifyForm(Model model, HttpSession session) {
        return codePage(model, session, false);
    }

    @PostMapping("/verify")
    String verify(CodeForm form, Model model, HttpSession session, HttpServletRequest request, HttpServletResponse response,
            Locale locale) {
        var phone = (String) session.getAttribute(PENDING_PHONE);
        if (phone == null) {
            return "redirect:/signup";
        }
        codePage(model, session, false);
        return forms.submit(model, form, "identity/verify", () -> {
            var tokens = authentication.verifyOtp(phone, form.otpCode(), "registration", locale);
            return signedIn(request, response, tokens.accessToken());
        });
    }

    @PostMapping("/verify/resend")
    String resendRegistrationCode(Model model, HttpSession session, Locale locale) {
        return resend(model, session, "registration", false, locale);
    }

    @GetMapping("/forgot-password")
    String forgotForm(Model model) {
        model.addAttribute("form", new PhoneForm(null));
        return "identity/forgot";
    }

    @PostMapping("/forgot-password")
    String forgot(PhoneForm form, Model model, HttpSession session, Locale locale) {
        return forms.submit(model, form, "identity/forgot", () -> {
            authentication.forgotPassword(form.phone(), locale);
            session.setAttribute(PENDING_PHONE, PhoneNumber.parse("phone", form.phone()).value());
            return "redirect:/reset-password";
        });
    }

    @GetMapping("/reset-password")
    String resetForm(Model model, HttpSession session) {
        return codePage(model, session, true);
    }

    @PostMapping("/reset-password")
    String reset(CodeForm form, Model model, HttpSession session, Locale locale, RedirectAttributes next) {
        var phone = (String) session.getAttribute(PENDING_PHONE);
        if (phone == null) {
            return "redirect:/forgot-password";
        }
        codePage(model, session, true);
        return forms.submit(model, new CodeForm(null, null), "identity/verify", () -> {
            var done = authentication.resetPassword(phone, form.otpCode(), form.newPassword(), locale);
            session.removeAttribute(PENDING_PHONE);
            next.addFlashAttribute("done", done);
            return "redirect:/login";
        });
    }

    @PostMapping("/reset-password/resend")
    String resendResetCode(Model model, HttpSession session, Locale locale) {
        return resend(model, session, "password_reset", true, locale);
    }

    @PostMapping("/logout")
    String logout(@AuthenticationPrincipal CurrentUser me, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (me != null) {
            authentication.logout(me, null, locale);
        }
        sessions.signOut(request, response);
        return "redirect:/";
    }

    private String signedIn(HttpServletRequest request, HttpServletResponse response, String accessToken) {
        var signedIn = sessions.signIn(request, response, accessToken);
        languages.seed(request, response, authentication.me(signedIn.user()).language());
        return "redirect:" + signedIn.next();
    }

    private String resend(Model model, HttpSession session, String purpose, boolean reset, Locale locale) {
        var phone = (String) session.getAttribute(PENDING_PHONE);
        if (phone == null) {
            return reset ? "redirect:/forgot-password" : "redirect:/signup";
        }
        codePage(model, session, reset);
        return forms.submit(model, new CodeForm(null, null), "identity/verify", () -> {
            authentication.resendOtp(phone, purpose, locale);
            return reset ? "redirect:/reset-password" : "redirect:/verify";
        });
    }

    private String codePage(Model model, HttpSession session, boolean reset) {
        var phone = (String) session.getAttribute(PENDING_PHONE);
        if (phone == null) {
            return reset ? "redirect:/forgot-password" : "redirect:/signup";
        }
        model.addAttribute("phone", phone);
        model.addAttribute("reset", reset);
        model.addAttribute("form", new CodeForm(null, null));
        return "identity/verify";
    }

    private String signUpPage(Model model) {
        var corporations = geography.cityCorporations();
        var wards = new LinkedHashMap<String, List<Ward>>();
        corporations.forEach(corporation -> wards.put(corporation.code(), geography.wards(corporation.code(), null)));
        model.addAttribute("corporations", corporations);
        model.addAttribute("wards", wards);
        return "identity/signup";
    }
}
