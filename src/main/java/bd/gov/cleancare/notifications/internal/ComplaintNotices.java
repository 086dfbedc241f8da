package bd.gov.cleancare.notifications.internal;

import bd.gov.cleancare.complaints.ComplaintAssigned;
import bd.gov.cleancare.complaints.ComplaintCommented;
import bd.gov.cleancare.complaints.ComplaintFiled;
import bd.gov.cleancare.complaints.ComplaintOverdue;
import bd.gov.cleancare.complaints.ComplaintReopened;
import bd.gov.cleancare.complaints.FollowUpAsked;
import bd.gov.cleancare.complaints.ComplaintStatusChanged;
import bd.gov.cleancare.complaints.Complaints;
import bd.gov.cleancare.identity.UserView;
import bd.gov.cleancare.identity.Users;
import bd.gov.cleancare.notifications.Notification;
import bd.gov.cleancare.notifications.Notifications;
import bd.gov.cleancare.platform.sms.Sms;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells citizens and staff what happened to a complaint, after the change committed: an in-app
 * notification and an SMS in the user's language. In-app and SMS are separate listeners, so an
 * SMS gateway outage (retried later) never holds back the in-app record.
 */
@Component
class ComplaintNotices {

    private final Notifications notifications;
    private final Complaints complaints;
    private final Users users;
    private final Sms sms;
    private final MessageSource messages;

    ComplaintNotices(Notifications notifications, Complaints complaints, Users users, Sms sms, MessageSource messages) {
        this.notifications = notifications;
        this.complaints = complaints;
        this.users = users;
        this.sms = sms;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void recordFiled(ComplaintFiled event) {
        var number = complaints.trackingNumber(event.complaintId());
        reachable(event.userId()).filter(user -> number.isPresent()).ifPresent(user -> notifications.record(
                new Notification(user.id(), "complaint_filed", text(user, "notification.complaint.filed.title"),
                        text(user, "notification.complaint.filed.body", number.get()),
                        "complaint", event.complaintId(), "complaint-filed:" + event.complaintId())));
    }

    @ApplicationModuleListener
    void textFiled(ComplaintFiled event) {
        if (!event.textable()) {
            return;
        }
        var number = complaints.trackingNumber(event.complaintId());
        reachable(event.userId()).filter(user -> number.isPresent()).ifPresent(user ->
                sms.send(user.phone(), text(user, "sms.complaint.filed", number.get())));
    }

    @ApplicationModuleListener
    void recordStatus(ComplaintStatusChanged event) {
        reachable(event.userId()).ifPresent(user -> notifications.record(new Notification(user.id(), "complaint_status",
                text(user, "notification.complaint.status.title"),
                text(user, "notification.complaint.status.body", event.trackingNumber(), status(user, event.newStatusCode())),
                "complaint", event.complaintId(), statusKey(event))));
    }

    /** Supporters ("me too") follow the complaint: they hear of each status change in the app. */
    @ApplicationModuleListener
    void recordStatusForSupporters(ComplaintStatusChanged event) {
        for (var supporter : complaints.supporters(event.complaintId())) {
            if (supporter.equals(event.userId()) || supporter.equals(event.changedBy())) {
                continue;
            }
            users.find(supporter).ifPresent(user -> notifications.record(new Notification(user.id(), "complaint_status",
                    text(user, "notification.complaint.status.title"),
                    text(user, "notification.complaint.supported.status.body", event.trackingNumber(), status(user, event.newStatusCode())),
                    "complaint", event.complaintId(), statusKey(event) + ":" + user.id())));
        }
    }

    /** Overdue and escalation steps reach the people the step chose: assignee and ward office, the zone, the city. */
    @ApplicationModuleListener
    void recordOverdue(ComplaintOverdue event) {
        for (var recipient : event.recipients()) {
            users.find(recipient).ifPresent(user -> notifications.record(new Notification(user.id(), "complaint_" + event.step(),
                    text(user, "notification.complaint." + event.step() + ".title", event.trackingNumber()),
                    text(user, "notification.complaint." + event.step() + ".body", event.trackingNumber(),
                            event.wardNumber() == null ? "-" : event.wardNumber()),
                    "complaint", event.complaintId(), "complaint-" + event.step() + ":" + event.complaintId() + ":" + user.id())));
        }
    }

    @ApplicationModuleListener
    void textStatus(ComplaintStatusChanged event) {
        if (!event.textable() || event.changedBy().equals(event.userId())) {
            return;
        }
        reachable(event.userId()).ifPresent(user -> sms.send(user.phone(),
                text(user, "sms.complaint.status", event.trackingNumber(), status(user, event.newStatusCode()))));
    }

    @ApplicationModuleListener
    void recordAssignment(ComplaintAssigned event) {
        reachable(event.assigneeId()).ifPresent(user -> notifications.record(new Notification(user.id(), "complaint_assigned",
                text(user, "notification.complaint.assigned.title"),
                text(user, "notification.complaint.assigned.body", event.trackingNumber()),
                "complaint", event.complaintId(), "complaint-assigned:" + event.complaintId() + ":" + event.assignedAt().toEpochMilli())));
    }

    @ApplicationModuleListener
    void recordComment(ComplaintCommented event) {
        var reader = event.commentedBy().equals(event.userId()) ? event.assigneeId() : event.userId();
        if (reader == null) {
            return;
        }
        reachable(reader).ifPresent(user -> notifications.record(new Notification(user.id(), "complaint_comment",
                text(user, "notification.complaint.comment.title", event.trackingNumber()), preview(event.comment()),
                "complaint", event.complaintId(), "complaint-comment:" + event.complaintId() + ":" + event.commentedAt().toEpochMilli())));
    }

    /** A re-open reaches the assignee and the ward office (not the one who said "not fixed"). */
    @ApplicationModuleListener
    void recordReopened(ComplaintReopened event) {
        var readers = new java.util.LinkedHashSet<java.util.UUID>();
        if (event.assigneeId() != null) {
            readers.add(event.assigneeId());
        }
        readers.addAll(complaints.wardOffice(event.complaintId()));
        readers.remove(event.reopenedBy());
        var key = "complaint-reopened:" + event.complaintId() + ":" + event.reopenedAt().toEpochMilli();
        // one text per language: the template's title and body are the reader's, so group by language
        var byLanguage = readers.stream().map(this::reachable).flatMap(java.util.Optional::stream)
                .collect(java.util.stream.Collectors.groupingBy(user -> "en".equals(user.language()) ? "en" : "bn"));
        byLanguage.forEach((language, group) -> {
            var reader = group.getFirst();
            notifications.recordForEach(group.stream().map(UserView::id).toList(), new Notification(null, "complaint_reopened",
                    text(reader, "notification.complaint.reopened.title", event.trackingNumber()),
                    event.comment() == null ? text(reader, "notification.complaint.reopened.follow-up") : preview(event.comment()),
                    "complaint", event.complaintId(), key));
        });
    }

    @ApplicationModuleListener
    void recordFollowUp(FollowUpAsked event) {
        reachable(event.userId()).ifPresent(user -> notifications.record(new Notification(user.id(), "complaint_follow_up",
                text(user, "notification.complaint.follow-up.title", event.trackingNumber()),
                text(user, "notification.complaint.follow-up.body", event.link()),
                "complaint", event.complaintId(), "complaint-follow-up:" + event.complaintId())));
    }

    @ApplicationModuleListener
    void textFollowUp(FollowUpAsked event) {
        reachable(event.userId()).filter(user -> user.erasedAt() == null).ifPresent(user ->
                sms.send(user.phone(), text(user, "sms.complaint.follow-up", event.trackingNumber(), event.link())));
    }

    /** A deleted (erased) account is told nothing: its phone is a placeholder, its notifications gone. */
    private java.util.Optional<UserView> reachable(java.util.UUID id) {
        return users.find(id).filter(user -> user.erasedAt() == null);
    }

    private static String preview(String comment) {
        return comment.length() <= 140 ? comment : comment.substring(0, 140) + "…";
    }

    private static String statusKey(ComplaintStatusChanged event) {
        return "complaint-status:" + event.complaintId() + ":" + event.newStatusCode() + ":" + event.changedAt().toEpochMilli();
    }

    private String status(UserView user, String code) {
        return text(user, "complaint.status." + code);
    }

    private String text(UserView user, String key, Object... args) {
        var locale = "en".equals(user.language()) ? Locale.ENGLISH : Locale.forLanguageTag("bn");
        return messages.getMessage(key, args, key, locale);
    }

}
