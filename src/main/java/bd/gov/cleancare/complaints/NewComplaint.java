package bd.gov.cleancare.complaints;

import java.math.BigDecimal;

/** A complaint as a citizen files it; category and priority as code or Bengali value. */
public record NewComplaint(String title, String description, String category, String priority, String location,
        BigDecimal latitude, BigDecimal longitude, String wardNumber, String cityCorporation) {
}
