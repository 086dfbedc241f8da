package bd.gov.cleancare.platform.pages;

import bd.gov.cleancare.platform.web.Languages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.util.WebUtils;

/**
 * Pages speak Bengali unless the visitor chose English (the "lang" cookie, set by ?lang=en on any
 * page, seeded at sign-in from the account's language); the browser's Accept-Language is ignored,
 * since most phones here are set to English. The API keeps following Accept-Language.
 */
public final class PageLanguages implements LocaleResolver {

    static final String COOKIE = "lang";

    private final CookieLocaleResolver cookie = new CookieLocaleResolver(COOKIE);

    public PageLanguages(boolean secureCookie) {
        cookie.setCookieMaxAge(Duration.ofDays(365));
        cookie.setCookieHttpOnly(true);
        cookie.setCookieSecure(secureCookie);
        cookie.setCookieSameSite("Lax");
        cookie.setDefaultLocaleFunction(request -> Languages.BENGALI);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return PagePaths.isPage(request) ? supported(cookie.resolveLocale(request)) : Languages.of(request);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        cookie.setLocale(request, response, locale == null ? null : supported(locale));
    }

    /** A signed-in account's language, unless this browser has already chosen one. */
    public void seed(HttpServletRequest request, HttpServletResponse response, String language) {
        if (language != null && WebUtils.getCookie(request, COOKIE) == null) {
            setLocale(request, response, Locale.forLanguageTag(language));
        }
    }

    private static Locale supported(Locale locale) {
        return "en".equals(locale.getLanguage()) ? Languages.ENGLISH : Languages.BENGALI;
    }
}
