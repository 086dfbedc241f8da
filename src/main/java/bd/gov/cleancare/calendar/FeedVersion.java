package bd.gov.cleancare.calendar;

import java.time.Instant;

/** What a feed's subscribers revalidate against, known without building the feed. */
public record FeedVersion(String etag, Instant lastModified) {
}
