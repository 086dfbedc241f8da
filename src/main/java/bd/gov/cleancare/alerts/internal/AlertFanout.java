package bd.gov.cleancare.alerts.internal;

import bd.gov.cleancare.complaints.ComplaintFiled;
import bd.gov.cleancare.complaints.ComplaintStatusChanged;
import bd.gov.cleancare.complaints.PublicComplaint;
import bd.gov.cleancare.notifications.Notification;
import bd.gov.cleancare.notifications.Notifications;
import bd.gov.cleancare.platform.text.Digits;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the followers of a ward or a place of a new public complaint or a status change there, after
 * the change committed (persisted and retried like the complaint's own notices): batches of users,
 * one statement per batch and language through {@link Notifications#recordForEach}, so a ward of
 * 50,000 followers is a few dozen inserts; a retry skips who was already told (event keys). SMS
 * digest subscriptions get the event queued for the daily digest instead of a text now.
 * A complaint hidden from the public is announced to nobody.
 */
@Component
class AlertFanout {

    private final AlertSubjects subjects;
    private final Notifications notifications;
    private final AlertRepository alerts;
    private final AlertProperties properties;
    private final MessageSource messages;
    private final Clock clock;
    private final String publicUrl;

    AlertFanout(AlertSubjects subjects, Notifications notifications, AlertRepository alerts, AlertProperties properties,
            MessageSource messages, Clock clock, @Value("${cleancare.public-url:http://localhost:8080}") String publicUrl) {
        this.subjects = subjects;
        this.notifications = notifications;
        this.alerts = alerts;
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    @ApplicationModuleListener
    void announceFiled(ComplaintFiled event) {
        subjects.publicly(event.complaintId()).ifPresent(complaint -> {
            var alert = AlertSubjects.event(AlertEvent.Kind.NEW, complaint, List.of(event.userId()));
            fanOut(alert, "alert-new:" + complaint.id(), language -> new Texts(
                    text(language, "alert.new.title", ward(language, complaint)),
                    text(language, "alert.new.body", complaint.trackingNumber(), complaint.title(),
                            text(language, "complaint.category." + complaint.category().code()), stopLink(complaint, AlertEvent.Kind.NEW))));
        });
    }

    @ApplicationModuleListener
    void announceStatus(ComplaintStatusChanged event) {
        if (Objects.equals(event.oldStatusCode(), event.newStatusCode())) {
            return;
        }
        // the filer and the one who changed it hear of it through the complaint's own notices
        var told = new ArrayList<UUID>(List.of(event.userId()));
        if (event.changedBy() != null) {
            told.add(event.changedBy());
        }
        subjects.publicly(event.trackingNumber()).ifPresent(complaint -> {
            var alert = AlertSubjects.event(AlertEvent.Kind.STATUS, complaint, told);
            fanOut(alert, "alert-status:" + complaint.id() + ":" + event.newStatusCode() + ":" + event.changedAt().toEpochMilli(),
                    language -> new Texts(text(language, "alert.status.title", ward(language, complaint)),
                            text(language, "alert.status.body", complaint.trackingNumber(), complaint.title(),
                                    text(language, "complaint.status." + event.newStatusCode()),
                                    stopLink(complaint, AlertEvent.Kind.STATUS))));
        });
    }

    private record Texts(String title, String body) {
    }

    /** One tap from the message (in the app, by push) to stop the alerts that sent it; the same words go to every recipient. */
    private String stopLink(PublicComplaint complaint, AlertEvent.Kind kind) {
        return publicUrl + "/alerts/stop/" + complaint.id() + "/" + kind.code();
    }

    private void fanOut(AlertEvent alert, String eventKey, java.util.function.Function<String, Texts> texts) {
        alerts.queueForDigest(alert, clock.instant());
        var templates = new java.util.HashMap<String, Texts>();
        UUID after = null;
        while (true) {
            var batch = alerts.recipients(alert, after, properties.batch());
            if (batch.isEmpty()) {
                return;
            }
            batch.stream().collect(Collectors.groupingBy(recipient -> "en".equals(recipient.language()) ? "en" : "bn"))
                    .forEach((language, group) -> {
                        var words = templates.computeIfAbsent(language, texts);
                        notifications.recordForEach(group.stream().map(AlertRepository.Recipient::userId).toList(),
                                new Notification(null, "alert_" + alert.kind().code(), words.title(), words.body(), "complaint",
                                        alert.complaintId(), eventKey));
                    });
            after = batch.getLast().userId();
        }
    }

    private String ward(String language, PublicComplaint complaint) {
        if (complaint.wardNumber() == null) {
            return text(language, "alert.place.nearby");
        }
        var number = "en".equals(language) ? complaint.wardNumber() : Digits.toBengali(complaint.wardNumber());
        return text(language, "alert.place.ward", complaint.cityCorporation(), number);
    }

    private String text(String language, String key, Object... args) {
        var locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("bn");
        return messages.getMessage(key, args, key, locale);
    }
}
