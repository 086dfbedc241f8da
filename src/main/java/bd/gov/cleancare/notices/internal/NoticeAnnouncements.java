package bd.gov.cleancare.notices.internal;

import bd.gov.cleancare.notices.Notices;
import bd.gov.cleancare.platform.jobs.SingleRunner;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Scheduled urgent notices are announced when their time comes, by one instance at a time. */
@Component
class NoticeAnnouncements {

    private final Notices notices;
    private final SingleRunner runner;

    NoticeAnnouncements(Notices notices, SingleRunner runner) {
        this.notices = notices;
        this.runner = runner;
    }

    @Scheduled(fixedDelayString = "${cleancare.notices.announce-every:30s}", initialDelayString = "${cleancare.notices.announce-every:30s}")
    void run() {
        runner.runExclusively("notice-announcements", notices::announceDue);
    }
}
