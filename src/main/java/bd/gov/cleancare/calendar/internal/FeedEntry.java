package bd.gov.cleancare.calendar.internal;

import bd.gov.cleancare.calendar.CalendarEventView;

/** An entry as a feed writes it: the view and its iCalendar SEQUENCE. */
public record FeedEntry(CalendarEventView event, int sequence) {
}
