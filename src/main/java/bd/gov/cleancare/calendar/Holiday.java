package bd.gov.cleancare.calendar;

import java.time.LocalDate;

/** One holiday date in Dhaka; no city corporation means both (a national holiday). */
public record Holiday(LocalDate date, String cityCorporation, String title, String titleEn) {

    public boolean appliesTo(String cityCorporation) {
        return this.cityCorporation == null || this.cityCorporation.equals(cityCorporation);
    }
}
