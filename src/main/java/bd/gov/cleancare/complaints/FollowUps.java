package bd.gov.cleancare.complaints;

import bd.gov.cleancare.complaints.internal.ComplaintRepository;
import bd.gov.cleancare.complaints.internal.FollowUpProperties;
import bd.gov.cleancare.complaints.internal.FollowUpRepository;
import bd.gov.cleancare.complaints.internal.FollowUpTokens;
import bd.gov.cleancare.platform.errors.Conflict;
import bd.gov.cleancare.platform.errors.NotFound;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Has it been fixed?": some days after a complaint is resolved its citizen gets a one-tap link (SMS,
 * in-app, push); whoever holds it answers yes / no / don't know once, without signing in. "No"
 * re-opens the complaint; the answers feed the dashboard's satisfaction figures.
 */
@Service
public class FollowUps {

    private final FollowUpRepository followUps;
    private final ComplaintRepository complaints;
    private final FollowUpTokens tokens;
    private final FollowUpProperties properties;
    private final Complaints reopening;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String publicUrl;

    FollowUps(FollowUpRepository followUps, ComplaintRepository complaints, FollowUpTokens tokens, FollowUpProperties properties,
            Complaints reopening, ApplicationEventPublisher events, Clock clock,
            @Value("${cleancare.public-url:http://localhost:8080}") String publicUrl) {
        this.followUps = followUps;
        this.complaints = complaints;
        this.tokens = tokens;
        this.properties = properties;
        this.reopening = reopening;
        this.events = events;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /**
     * Asks every complaint whose time has come, a batch per call (the scheduled job runs it on one
     * instance; the insert's ON CONFLICT keeps each resolution asked once even so: a complaint re-opened
     * and resolved again is asked again). Returns how many.
     */
    @Transactional
    public int askDue() {
        var now = clock.instant();
        // resolved too long ago to be worth asking (the link would outlive the re-open window anyway)
        var notBefore = now.minus(properties.askAfter()).minus(properties.reopenWindow());
        int asked = 0;
        for (var due : followUps.due(now.minus(properties.askAfter()), notBefore, properties.batch())) {
            var expiresAt = now.plus(properties.answerWithin());
            var id = java.util.UUID.randomUUID();
            if (followUps.insert(id, due, now, expiresAt)) {
                events.publishEvent(new FollowUpAsked(due.complaintId(), due.trackingNumber(), due.userId(),
                        publicUrl + "/follow-up/" + tokens.issue(id, expiresAt)));
                asked++;
            }
        }
        return asked;
    }

    /** The question behind a link: a forged or garbled link is NotFound, an expired one Conflict. */
    @Transactional(readOnly = true)
    public FollowUpQuestion question(String token) {
        var claim = tokens.verify(token);
        var asked = followUps.find(claim.followUpId(), false).orElseThrow(() -> new NotFound("follow-up.not-found"));
        if (asked.answer() == null && expired(claim)) {
            throw new Conflict("follow-up.expired");
        }
        return view(asked.complaintId(), asked.answer(), asked.answeredAt());
    }

    /** Answers once; "no" re-opens the complaint if it is still resolved. */
    @Transactional
    public FollowUpQuestion answer(String token, String rawAnswer) {
        var claim = tokens.verify(token);
        var answer = FollowUpAnswer.parse(rawAnswer);
        var asked = followUps.find(claim.followUpId(), true).orElseThrow(() -> new NotFound("follow-up.not-found"));
        if (asked.answer() != null) {
            throw new Conflict("follow-up.answered");
        }
        if (expired(claim)) {
            throw new Conflict("follow-up.expired");
        }
        var now = clock.instant();
        followUps.answer(asked.id(), answer.code(), now);
        if (answer == FollowUpAnswer.NO) {
            reopening.reopenFromFollowUp(asked.complaintId());
        }
        return view(asked.complaintId(), answer.code(), now);
    }

    private boolean expired(FollowUpTokens.Claim claim) {
        return !clock.instant().isBefore(claim.expiresAt());
    }

    private FollowUpQuestion view(java.util.UUID complaintId, String answer, java.time.Instant answeredAt) {
        var c = complaints.find(complaintId).orElseThrow(() -> new NotFound("follow-up.not-found"));
        return new FollowUpQuestion(c.trackingNumber(), c.category().stored(), c.category().code(), c.status().code(), c.wardNumber(),
                c.cityCorporation(), c.resolvedAt(), answer, answeredAt, c.status() == Status.REOPENED);
    }
}
