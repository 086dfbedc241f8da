package bd.gov.cleancare.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Bengali first: API answers are in Bengali unless the caller prefers English (Accept-Language).
 * The application's LocaleResolver is {@code pages.PageLanguages}, which uses this for every non-page request.
 */
public final class Languages implements LocaleResolver {

    public static final Locale BENGALI = Locale.forLanguageTag("bn");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final List<Locale> SUPPORTED = List.of(BENGALI, ENGLISH);

    public static Locale of(HttpServletRequest request) {
        return of(request.getHeader("Accept-Language"));
    }

    /** The language an Accept-Language header asks for, Bengali when it asks for neither. */
    public static Locale of(String header) {
        if (header == null || header.isBlank()) {
            return BENGALI;
        }
        try {
            var best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return best == null ? BENGALI : best;
        } catch (IllegalArgumentException malformed) {
            return BENGALI;
        }
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return of(request);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("the language follows the Accept-Language header");
    }
}
