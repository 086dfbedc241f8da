package bd.gov.cleancare.platform.security;

import java.util.Set;

/**
 * The wards in which a staff member may act on a kind of resource. {@code keys} are
 * "CORPORATION/ward" ("*&#47;ward" when a permission predates corporations).
 */
public record WardScope(boolean everywhere, Set<String> keys) {

    public static final WardScope ALL = new WardScope(true, Set.of());
    public static final WardScope NONE = new WardScope(false, Set.of());

    public static String key(String cityCorporation, String wardNumber) {
        return (cityCorporation == null ? "*" : cityCorporation) + "/" + wardNumber;
    }

    public boolean includes(String cityCorporation, String wardNumber) {
        if (everywhere) {
            return true;
        }
        if (wardNumber == null) {
            return false;
        }
        return keys.contains(key(cityCorporation, wardNumber)) || keys.contains(key(null, wardNumber));
    }
}
