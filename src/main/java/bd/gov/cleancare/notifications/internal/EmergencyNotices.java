package bd.gov.cleancare.notifications.internal;

import bd.gov.cleancare.emergency.Emergencies;
import bd.gov.cleancare.emergency.EmergencyAssigned;
import bd.gov.cleancare.emergency.EmergencyRaised;
import bd.gov.cleancare.notifications.Notification;
import bd.gov.cleancare.notifications.Notifications;
import bd.gov.cleancare.platform.sms.Sms;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A new emergency reaches the ward's staff and super admins at once (live, push), and the ward's on-duty phone by SMS. */
@Component
class EmergencyNotices {

    private final Notifications notifications;
    private final Emergencies emergencies;
    private final Sms sms;

    EmergencyNotices(Notifications notifications, Emergencies emergencies, Sms sms) {
        this.notifications = notifications;
        this.emergencies = emergencies;
        this.sms = sms;
    }

    @ApplicationModuleListener
    void alertStaff(EmergencyRaised event) {
        for (var responder : emergencies.responders(event.cityCorporation(), event.wardNumber())) {
            notifications.record(new Notification(responder, "emergency_raised", "জরুরি: " + event.typeBn(),
                    event.location() + (event.wardNumber() == null ? "" : " (ওয়ার্ড " + event.wardNumber() + ")"),
                    "emergency", event.emergencyId(), "emergency:" + event.emergencyId() + ":" + responder));
        }
    }

    @ApplicationModuleListener
    void textOnDuty(EmergencyRaised event) {
        emergencies.onDutyPhone(event.cityCorporation(), event.wardNumber()).ifPresent(phone ->
                sms.send(phone, "Clean Care জরুরি: " + event.typeBn() + " — " + event.location() + ". অ্যাপে দেখুন।"));
    }

    @ApplicationModuleListener
    void tellAssignee(EmergencyAssigned event) {
        notifications.record(new Notification(event.assigneeId(), "emergency_assigned", "জরুরি দায়িত্ব: " + event.typeBn(), event.location(),
                "emergency", event.emergencyId(), "emergency-assigned:" + event.emergencyId() + ":" + event.assigneeId()));
    }
}
