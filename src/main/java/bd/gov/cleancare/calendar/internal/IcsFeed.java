package bd.gov.cleancare.calendar.internal;

import bd.gov.cleancare.calendar.CalendarCategory;
import bd.gov.cleancare.calendar.CalendarEventView;
import bd.gov.cleancare.platform.text.StoredValue;
import bd.gov.cleancare.platform.time.ClockConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.StringJoiner;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Language;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;

/**
 * Writes a calendar feed (RFC 5545, with RFC 7986's NAME and REFRESH-INTERVAL) with ical4j.
 *
 * Timed entries are written in UTC ("…Z") rather than with a VTIMEZONE: every phone calendar reads UTC
 * the same way, while VTIMEZONE blocks are where clients disagree, and Dhaka has kept +06:00 without
 * daylight saving since 2009, so nothing is lost. All-day entries are VALUE=DATE days, as in Dhaka.
 * There is no METHOD: then DTSTAMP is the entry's last change (RFC 5545 §3.8.7.2), which keeps the
 * feed's bytes the same until something changes, as its ETag promises.
 */
@Component
public class IcsFeed {

    /** Part of every ETag: a change in how feeds are written must reach subscribers too. */
    public static final String FORMAT = "ics-1";
    public static final Duration REFRESH = Duration.ofHours(3);
    private static final Language BENGALI = new Language("bn");

    public byte[] write(String name, List<FeedEntry> entries) {
        var calendar = new Calendar();
        calendar.add(new ProdId("-//Clean Care Bangladesh//City Calendar//BN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Name(name));
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", ClockConfig.DHAKA.getId()));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        entries.forEach(entry -> calendar.add(event(entry)));
        var out = new ByteArrayOutputStream(1024 + entries.size() * 600);
        try {
            // ical4j folds long lines between characters, never inside one, so Bengali text survives folding.
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static VEvent event(FeedEntry entry) {
        var e = entry.event();
        var event = new VEvent(false);
        event.add(new Uid(e.id() + "@cleancare.gov.bd"));
        event.add(new DtStamp(e.updatedAt()));
        event.add(new Created(e.createdAt()));
        event.add(new LastModified(e.updatedAt()));
        if (e.allDay()) {
            event.add(new DtStart<>(e.startDate()));
            event.add(new DtEnd<>(e.endDate().plusDays(1)));
        } else {
            event.add(new DtStart<>(e.startsAt()));
            if (e.endsAt().isAfter(e.startsAt())) {
                // DTEND must be later than DTSTART: an instant-long entry has none
                event.add(new DtEnd<>(e.endsAt()));
            }
        }
        event.add(new Sequence(entry.sequence()));
        event.add(new Summary(new ParameterList(List.of(BENGALI)), e.title()));
        var description = description(e);
        if (!description.isEmpty()) {
            event.add(new Description(description));
        }
        if (e.location() != null) {
            event.add(new Location(e.location()));
        }
        var category = StoredValue.fromStored(CalendarCategory.class, e.category());
        event.add(new Categories(new TextList(category.stored(), category.code())));
        event.add(e.isCancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        // City entries inform; they must not mark the subscriber busy.
        event.add(ImmutableTransp.TRANSPARENT);
        return event;
    }

    /** The Bengali description, then the English title for those who read English. */
    private static String description(CalendarEventView e) {
        var text = new StringJoiner("\n\n");
        if (e.description() != null && !e.description().isBlank()) {
            text.add(e.description());
        }
        if (e.titleEn() != null && !e.titleEn().isBlank()) {
            text.add(e.titleEn());
        }
        return text.toString();
    }
}
