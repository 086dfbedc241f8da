package bd.gov.cleancare.calendar;

/** ?from=&to=&city_corporation=&ward=&category=&include_drafts= as sent; {@link CityCalendar#events} reads them. */
public record EventQuery(String from, String to, String cityCorporation, String ward, String category, boolean includeDrafts) {
}
