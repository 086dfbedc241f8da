package bd.gov.cleancare.complaints;

import java.math.BigDecimal;

/**
 * A complaint as a citizen files it; category and priority as code or Bengali value; {@code answers} to the category's
 * questions by question code (see {@link CategoryQuestions}).
 */
public record NewComplaint(String title, String description, String category, String priority, String location,
        BigDecimal latitude, BigDecimal longitude, String wardNumber, String cityCorporation, java.util.Map<String, ?> answers) {

    public NewComplaint(String title, String description, String category, String priority, String location,
            BigDecimal latitude, BigDecimal longitude, String wardNumber, String cityCorporation) {
        this(title, description, category, priority, location, latitude, longitude, wardNumber, cityCorporation, null);
    }
}
