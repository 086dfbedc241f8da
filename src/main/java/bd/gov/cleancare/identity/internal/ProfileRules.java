package bd.gov.cleancare.identity.internal;

import bd.gov.cleancare.geography.Geography;
import bd.gov.cleancare.geography.WardRef;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.text.Digits;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Normalises and checks the profile fields shared by registration and profile edits. */
@Component
public class ProfileRules {

    private static final Pattern NID = Pattern.compile("\\d{10}|\\d{13}|\\d{17}");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final Geography geography;

    public ProfileRules(Geography geography) {
        this.geography = geography;
    }

    public String name(String raw) {
        var name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            throw RuleViolated.onField("name", "validation.NotBlank");
        }
        if (name.length() > 100) {
            throw RuleViolated.onField("name", "validation.Size.max", 100);
        }
        return name;
    }

    /** Optional: blank means none. Stored lower-case so uniqueness ignores case. */
    public String email(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        var email = raw.strip().toLowerCase(Locale.ROOT);
        if (email.length() > 255 || !EMAIL.matcher(email).matches()) {
            throw RuleViolated.onField("email", "validation.Email");
        }
        return email;
    }

    /** National ID: 10, 13 or 17 digits, Bengali digits accepted. */
    public String nid(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        var nid = Digits.toAscii(raw.strip()).replaceAll("[\\s-]", "");
        if (!NID.matcher(nid).matches()) {
            throw RuleViolated.onField("nid", "nid.invalid");
        }
        return nid;
    }

    public String address(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        var address = raw.strip();
        if (address.length() > 500) {
            throw RuleViolated.onField("address", "validation.Size.max", 500);
        }
        return address;
    }

    public WardRef ward(String cityCorporation, String wardNumber) {
        return geography.requireWardOrDefault(cityCorporation, wardNumber);
    }
}
