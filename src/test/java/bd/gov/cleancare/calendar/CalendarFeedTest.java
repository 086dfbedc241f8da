package bd.gov.cleancare.calendar;

import static bd.gov.cleancare.calendar.CalendarTest.entry;
import static org.assertj.core.api.Assertions.assertThat;

import bd.gov.cleancare.support.ApiTest;
import bd.gov.cleancare.support.Http;
import biweekly.Biweekly;
import biweekly.ICalendar;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The iCalendar feeds phones subscribe to: read back by ical4j (which wrote them) and by biweekly
 * (which did not), with the same entries, Bengali intact, cancellations kept, and cheap revalidation.
 */
class CalendarFeedTest extends ApiTest {

    static final Instant NOW = Instant.parse("2026-12-01T06:00:00Z");
    static final String WARD_12 = "/api/v1/calendar/wards/DSCC/12/events.ics";
    static final String WARD_13 = "/api/v1/calendar/wards/DSCC/13/events.ics";
    static final String LONG_TITLE = "বিজয় দিবস উপলক্ষে ওয়ার্ড ১২-এ পরিচ্ছন্নতা অভিযান: মিরপুর রোড থেকে ধানমন্ডি লেক পর্যন্ত সবাই আমন্ত্রিত 🇧🇩";

    Account superAdmin;

    @BeforeEach
    void aSuperAdmin() {
        clock.set(NOW);
        superAdmin = staff("super_admin", null);
    }

    @Test
    void a_ward_feed_reads_back_the_same_in_ical4j_and_in_an_independent_parser() throws Exception {
        var campaign = add(entry(LONG_TITLE, "campaign", "2026-12-16T09:00:00+06:00", Map.of("ends_at", "2026-12-16T12:00:00+06:00",
                "title_en", "Victory Day clean-up", "description", "ঝাড়ু ও বস্তা দেওয়া হবে।", "location", "মিরপুর রোড, ঢাকা",
                "city_corporation", "DSCC", "target_wards", List.of("12"))));
        var holiday = add(entry("বিজয় দিবস", "holiday", "2026-12-16", Map.of("all_day", true, "title_en", "Victory Day")));
        var fair = add(entry("শীতকালীন মেলা", "event", "2026-12-18", Map.of("all_day", true, "ends_at", "2026-12-20", "city_corporation", "DSCC")));
        var briefing = add(entry("সংবাদ সম্মেলন", "meeting", "2026-12-03T11:00:00", Map.of("city_corporation", "DSCC")));
        add(entry("উত্তরের অভিযান", "campaign", "2026-12-05", Map.of("all_day", true, "city_corporation", "DNCC")));

        var response = api.get(WARD_12);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).isEqualToIgnoringCase("text/calendar;charset=utf-8");

        var expected = List.of(briefing, holiday, campaign, fair);  // by start: the holiday begins at Dhaka's midnight
        var ical4j = ical4j(response);
        assertThat(ical4j.validate().hasErrors()).as(ical4j.validate().toString()).isFalse();
        List<VEvent> events = ical4j.getComponents("VEVENT");
        assertThat(events).extracting(e -> e.getUid().orElseThrow().getValue()).containsExactlyElementsOf(uids(expected));
        assertThat(events).extracting(e -> e.getSummary().getValue()).containsExactlyElementsOf(titles(expected));
        assertThat(events.get(2).getDateTimeStart().getDate()).isEqualTo(java.time.OffsetDateTime.parse("2026-12-16T03:00Z"));
        assertThat(events.get(2).getDateTimeEnd().getDate()).isEqualTo(java.time.OffsetDateTime.parse("2026-12-16T06:00Z"));
        assertThat(events.get(1).getDateTimeStart().getDate()).isEqualTo(LocalDate.parse("2026-12-16"));
        assertThat(events.get(1).getDateTimeEnd().getDate()).as("DTEND is exclusive").isEqualTo(LocalDate.parse("2026-12-17"));
        assertThat(events.get(3).getDateTimeEnd().getDate()).isEqualTo(LocalDate.parse("2026-12-21"));
        assertThat(events.get(2).getLocation().getValue()).isEqualTo("মিরপুর রোড, ঢাকা");
        assertThat(events.get(2).getDescription().getValue()).isEqualTo("ঝাড়ু ও বস্তা দেওয়া হবে।\n\nVictory Day clean-up");
        assertThat(events.get(2).getCategories().getFirst().getCategories().getTexts()).containsExactlyInAnyOrder("প্রচারাভিযান", "campaign");
        assertThat(events.get(2).getStatus().getValue()).isEqualTo("CONFIRMED");

        var biweekly = biweekly(response);
        assertThat(biweekly.getEvents()).extracting(e -> e.getUid().getValue()).containsExactlyElementsOf(uids(expected));
        assertThat(biweekly.getEvents()).extracting(e -> e.getSummary().getValue()).containsExactlyElementsOf(titles(expected));
        var timed = biweekly.getEvents().get(2).getDateStart().getValue();
        assertThat(timed.hasTime()).isTrue();
        assertThat(timed.toInstant()).isEqualTo(Instant.parse("2026-12-16T03:00:00Z"));
        var allDay = biweekly.getEvents().get(1).getDateStart().getValue();
        assertThat(allDay.hasTime()).isFalse();
        assertThat(allDay.getRawComponents().toString(false, true)).isEqualTo("2026-12-16");
        assertThat(biweekly.getEvents().get(2).getLocation().getValue()).isEqualTo("মিরপুর রোড, ঢাকা");
        assertThat(biweekly.getExperimentalProperty("X-WR-CALNAME").getValue()).isEqualTo("ঢাকা দক্ষিণ সিটি কর্পোরেশন — ওয়ার্ড ১২");
        assertThat(biweekly.getRefreshInterval().getValue().toString()).isEqualTo("PT3H");
    }

    @Test
    void bengali_text_survives_line_folding_in_both_parsers() throws Exception {
        var id = add(entry(LONG_TITLE, "campaign", "2026-12-16T09:00:00", Map.of("description", LONG_TITLE + "\n" + LONG_TITLE)));

        var response = api.get("/api/v1/calendar/city.ics");
        var lines = split(response.body());
        assertThat(lines).as("long Bengali lines are folded").anyMatch(line -> line.length > 0 && line[0] == ' ');
        for (var line : lines) {
            assertThat(strictUtf8(line)).as("each physical line is whole UTF-8: no character is split by a fold").isTrue();
        }
        assertThat(ical4j(response).<VEvent>getComponents("VEVENT").getFirst().getSummary().getValue()).isEqualTo(LONG_TITLE);
        assertThat(ical4j(response).<VEvent>getComponents("VEVENT").getFirst().getDescription().getValue())
                .isEqualTo(LONG_TITLE + "\n" + LONG_TITLE);
        var event = biweekly(response).getEvents().getFirst();
        assertThat(event.getUid().getValue()).isEqualTo(id.get("id").asString() + "@cleancare.gov.bd");
        assertThat(event.getSummary().getValue()).isEqualTo(LONG_TITLE);
        assertThat(event.getDescription().getValue()).isEqualTo(LONG_TITLE + "\n" + LONG_TITLE);
    }

    @Test
    void ward_feeds_carry_their_own_ward_and_everything_city_wide_but_no_drafts() throws Exception {
        var ward12 = add(entry("বর্জ্য সংগ্রহ", "collection_day", "2026-12-06T07:00:00",
                Map.of("city_corporation", "DSCC", "target_wards", List.of("12"))));
        var national = add(entry("বিজয় দিবস", "holiday", "2026-12-16", Map.of("all_day", true)));
        var ward13 = add(entry("ওয়ার্ড ১৩ সভা", "meeting", "2026-12-07T10:00:00",
                Map.of("city_corporation", "DSCC", "target_wards", List.of("13"))));
        add(entry("খসড়া", "event", "2026-12-08", Map.of("all_day", true, "is_published", false)));
        add(entry("অনেক আগের সভা", "meeting", "2026-08-01T10:00:00", Map.of()));

        assertThat(feedUids(api.get(WARD_12))).containsExactlyElementsOf(uids(List.of(ward12, national)));
        assertThat(feedUids(api.get(WARD_13))).containsExactlyElementsOf(uids(List.of(ward13, national)));
        assertThat(feedUids(api.get("/api/v1/calendar/wards/dscc/১২/events.ics/"))).containsExactlyElementsOf(uids(List.of(ward12, national)));
        assertThat(feedUids(api.get("/api/v1/calendar/city.ics"))).containsExactlyElementsOf(uids(List.of(national)));
    }

    @Test
    void a_cancelled_entry_stays_in_the_feed_as_cancelled_with_a_higher_sequence() throws Exception {
        var meeting = add(entry("ওয়ার্ড সভা", "meeting", "2026-12-10T10:00:00", Map.of("city_corporation", "DSCC", "target_wards", List.of("12"))));
        var before = ical4j(api.get(WARD_12)).<VEvent>getComponents("VEVENT").getFirst();
        assertThat(before.getStatus().getValue()).isEqualTo("CONFIRMED");
        assertThat(before.getSequence().getSequenceNo()).isZero();

        assertThat(api.as(superAdmin.accessToken()).delete("/api/v1/calendar/events/" + meeting.get("id").asString() + "/").status())
                .isEqualTo(204);

        var feed = api.get(WARD_12);
        assertThat(feed.text()).contains("STATUS:CANCELLED");
        var after = ical4j(feed).<VEvent>getComponents("VEVENT").getFirst();
        assertThat(after.getUid().orElseThrow().getValue()).isEqualTo(before.getUid().orElseThrow().getValue());
        assertThat(after.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(after.getSequence().getSequenceNo()).isEqualTo(1);
        var other = biweekly(feed).getEvents().getFirst();
        assertThat(other.getStatus().isCancelled()).isTrue();
        assertThat(other.getSequence().getValue()).isEqualTo(1);
    }

    @Test
    void subscribers_polling_an_unchanged_feed_get_304_until_it_changes() {
        var meeting = add(entry("ওয়ার্ড সভা", "meeting", "2026-12-10T10:00:00", Map.of("city_corporation", "DSCC", "target_wards", List.of("12"))));
        var first = api.get(WARD_12);
        var etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.header("Last-Modified")).isNotBlank();
        assertThat(first.header("Cache-Control")).contains("max-age=900").contains("public");

        var unchanged = api.with("If-None-Match", etag).get(WARD_12);
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(unchanged.header("ETag")).isEqualTo(etag);
        assertThat(api.with("If-Modified-Since", first.header("Last-Modified")).get(WARD_12).status()).isEqualTo(304);
        assertThat(api.get(WARD_12).body()).as("the same bytes until something changes").isEqualTo(first.body());

        clock.advance(java.time.Duration.ofMinutes(5));
        var moved = entry("ওয়ার্ড সভা", "meeting", "2026-12-10T11:00:00", Map.of("city_corporation", "DSCC", "target_wards", List.of("12")));
        assertThat(api.as(superAdmin.accessToken()).put("/api/v1/calendar/events/" + meeting.get("id").asString() + "/", moved).status())
                .isEqualTo(200);
        var changed = api.with("If-None-Match", etag).get(WARD_12);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.header("ETag")).isNotEqualTo(etag);
        assertThat(changed.text()).contains("SEQUENCE:1");
        assertThat(api.with("If-Modified-Since", first.header("Last-Modified")).get(WARD_12).status()).isEqualTo(200);

        clock.advance(java.time.Duration.ofMinutes(5));
        var elsewhere = entry("ওয়ার্ড সভা", "meeting", "2026-12-10T11:00:00", Map.of("city_corporation", "DSCC", "target_wards", List.of("13")));
        api.as(superAdmin.accessToken()).put("/api/v1/calendar/events/" + meeting.get("id").asString() + "/", elsewhere);
        var left = api.with("If-None-Match", changed.header("ETag")).with("If-Modified-Since", changed.header("Last-Modified")).get(WARD_12);
        assertThat(left.status()).as("an entry that left the ward changes its feed too").isEqualTo(200);
        assertThat(left.text()).doesNotContain("VEVENT");
    }

    @Test
    void an_unknown_ward_has_no_feed() {
        for (var path : List.of("/api/v1/calendar/wards/DSCC/999/events.ics", "/api/v1/calendar/wards/XYZ/1/events.ics")) {
            var response = api.with("Accept", "text/calendar").get(path);
            assertThat(response.status()).as(response.toString()).isEqualTo(404);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("code").asString()).isEqualTo("calendar.ward.not-found");
        }
    }

    JsonNode add(Map<String, Object> body) {
        var response = api.as(superAdmin.accessToken()).post("/api/v1/calendar/events/", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    static Calendar ical4j(Http.Response response) throws Exception {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return new CalendarBuilder().build(new StringReader(response.text()));
    }

    static ICalendar biweekly(Http.Response response) {
        var warnings = new ArrayList<List<biweekly.io.ParseWarning>>();
        var calendar = Biweekly.parse(response.text()).warnings(warnings).first();
        assertThat(warnings.stream().flatMap(List::stream)).as("biweekly reads the feed without complaint").isEmpty();
        return calendar;
    }

    static List<String> feedUids(Http.Response response) throws Exception {
        return ical4j(response).<VEvent>getComponents("VEVENT").stream().map(e -> e.getUid().orElseThrow().getValue()).toList();
    }

    static List<String> uids(List<JsonNode> entries) {
        return entries.stream().map(e -> e.get("id").asString() + "@cleancare.gov.bd").toList();
    }

    static List<String> titles(List<JsonNode> entries) {
        return entries.stream().map(e -> e.get("title").asString()).toList();
    }

    /** The feed's physical lines as bytes, split at CRLF. */
    static List<byte[]> split(byte[] body) {
        var lines = new ArrayList<byte[]>();
        int start = 0;
        for (int i = 0; i + 1 < body.length; i++) {
            if (body[i] == '\r' && body[i + 1] == '\n') {
                lines.add(Arrays.copyOfRange(body, start, i));
                start = i + 2;
            }
        }
        return lines;
    }

    static boolean strictUtf8(byte[] line) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
