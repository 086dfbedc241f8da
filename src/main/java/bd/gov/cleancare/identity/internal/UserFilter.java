package bd.gov.cleancare.identity.internal;

import bd.gov.cleancare.platform.security.UserType;

public record UserFilter(String wardNumber, String cityCorporation, java.util.Set<UserType> userTypes, Boolean verified, Boolean active,
        String search, String ordering) {
}
