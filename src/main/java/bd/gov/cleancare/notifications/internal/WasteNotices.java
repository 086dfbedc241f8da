package bd.gov.cleancare.notifications.internal;

import bd.gov.cleancare.identity.Users;
import bd.gov.cleancare.notifications.Notification;
import bd.gov.cleancare.notifications.Notifications;
import bd.gov.cleancare.waste.TransferStationNearlyFull;
import bd.gov.cleancare.waste.TransferStations;
import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A transfer station nearly full: the ward's waste staff and super admins hear it at once, to send trucks before it overflows. */
@Component
class WasteNotices {

    private final Notifications notifications;
    private final TransferStations stations;
    private final Users users;
    private final MessageSource messages;

    WasteNotices(Notifications notifications, TransferStations stations, Users users, MessageSource messages) {
        this.notifications = notifications;
        this.stations = stations;
        this.users = users;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void alertNearlyFull(TransferStationNearlyFull event) {
        for (var id : stations.responsible(event.cityCorporation(), event.wardNumber())) {
            users.find(id).ifPresent(user -> {
                var locale = "en".equals(user.language()) ? Locale.ENGLISH : Locale.forLanguageTag("bn");
                var name = locale == Locale.ENGLISH && event.nameEn() != null ? event.nameEn() : event.name();
                notifications.record(new Notification(user.id(), "sts_nearly_full",
                        messages.getMessage("notification.waste.nearly-full.title", new Object[] {name}, locale),
                        messages.getMessage("notification.waste.nearly-full.body", new Object[] {name, plain(event.loadTonnes()),
                                plain(event.capacityTonnes()), plain(event.utilisationPercent()), event.wardNumber()}, locale),
                        "transfer_station", event.stationId(), "sts-nearly-full:" + event.entryId() + ":" + user.id()));
            });
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
