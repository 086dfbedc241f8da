package bd.gov.cleancare.notifications.internal;

import bd.gov.cleancare.identity.UserView;
import bd.gov.cleancare.identity.Users;
import bd.gov.cleancare.notifications.Notification;
import bd.gov.cleancare.notifications.Notifications;
import bd.gov.cleancare.payments.PaymentClosed;
import bd.gov.cleancare.payments.PaymentCompleted;
import bd.gov.cleancare.payments.PaymentRefunded;
import bd.gov.cleancare.payments.Payments;
import bd.gov.cleancare.platform.sms.Sms;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Receipts and outcomes of payments, told to the payer after commit: in the app, and the receipt by SMS. */
@Component
class PaymentNotices {

    private final Notifications notifications;
    private final Payments payments;
    private final Users users;
    private final Sms sms;
    private final MessageSource messages;

    PaymentNotices(Notifications notifications, Payments payments, Users users, Sms sms, MessageSource messages) {
        this.notifications = notifications;
        this.payments = payments;
        this.users = users;
        this.sms = sms;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void recordCompleted(PaymentCompleted event) {
        users.find(event.userId()).ifPresent(user -> notifications.record(new Notification(user.id(), "payment_completed",
                text(user, "notification.payment.completed.title"),
                text(user, "notification.payment.completed.body", event.amount().toPlainString(), serviceName(user, event.serviceType()),
                        event.receiptNumber()),
                "payment", event.paymentId(), "payment-completed:" + event.paymentId())));
    }

    @ApplicationModuleListener
    void textCompleted(PaymentCompleted event) {
        users.find(event.userId()).ifPresent(user -> sms.send(user.phone(), text(user, "sms.payment.completed",
                event.amount().toPlainString(), event.receiptNumber(), event.transactionId())));
    }

    @ApplicationModuleListener
    void recordClosed(PaymentClosed event) {
        users.find(event.userId()).ifPresent(user -> notifications.record(new Notification(user.id(), "payment_closed",
                text(user, "notification.payment.closed.title"),
                text(user, "notification.payment.closed.body", serviceName(user, event.serviceType()), event.status()),
                "payment", event.paymentId(), "payment-closed:" + event.paymentId())));
    }

    @ApplicationModuleListener
    void recordRefunded(PaymentRefunded event) {
        users.find(event.userId()).ifPresent(user -> notifications.record(new Notification(user.id(), "payment_refunded",
                text(user, "notification.payment.refunded.title"),
                text(user, "notification.payment.refunded.body", event.amount().toPlainString(), event.paymentId().toString().substring(0, 8)),
                "payment", event.paymentId(), null)));
    }

    private String serviceName(UserView user, String code) {
        return payments.service(code).map(s -> "en".equals(user.language()) ? s.nameEn() : s.nameBn()).orElse(code);
    }

    private String text(UserView user, String key, Object... args) {
        var locale = "en".equals(user.language()) ? Locale.ENGLISH : Locale.forLanguageTag("bn");
        return messages.getMessage(key, args, key, locale);
    }
}
