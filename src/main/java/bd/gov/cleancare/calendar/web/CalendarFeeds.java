package bd.gov.cleancare.calendar.web;

import bd.gov.cleancare.calendar.CityCalendar;
import bd.gov.cleancare.geography.WardRef;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * iCalendar feeds phone calendars subscribe to (webcal://…). Subscribers poll: a matching
 * If-None-Match or If-Modified-Since gets a 304 decided from one small query, before any feed is built.
 */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "calendar")
class CalendarFeeds {

    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar; charset=utf-8");
    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(15)).cachePublic();

    private final CityCalendar calendar;

    CalendarFeeds(CityCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/wards/{cityCorporation}/{wardNumber}/events.ics")
    @Operation(summary = "A ward's calendar as an iCalendar feed (public): its own, its corporation's and national entries")
    ResponseEntity<byte[]> ward(@PathVariable String cityCorporation, @PathVariable String wardNumber, WebRequest request,
            HttpServletResponse response) {
        return feed(cityCorporation, wardNumber, request, response);
    }

    @GetMapping("/city.ics")
    @Operation(summary = "The city-wide entries (both corporations) as an iCalendar feed (public)")
    ResponseEntity<byte[]> city(WebRequest request, HttpServletResponse response) {
        return feed(null, null, request, response);
    }

    private ResponseEntity<byte[]> feed(String cityCorporation, String wardNumber, WebRequest request, HttpServletResponse response) {
        var version = calendar.feedVersion(cityCorporation, wardNumber);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE.getHeaderValue());
        if (request.checkNotModified(version.etag(), version.lastModified().toEpochMilli())) {
            return null;
        }
        var name = wardNumber == null ? "dhaka.ics"
                : WardRef.corporationCode(cityCorporation).toLowerCase(Locale.ROOT) + "-ward-" + WardRef.wardNumber(wardNumber) + ".ics";
        return ResponseEntity.ok().contentType(TEXT_CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .body(calendar.feed(cityCorporation, wardNumber));
    }
}
