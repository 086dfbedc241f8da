package bd.gov.cleancare.complaints;

import bd.gov.cleancare.complaints.internal.ComplaintAccess;
import bd.gov.cleancare.complaints.internal.DeadlineRuleRepository;
import bd.gov.cleancare.complaints.internal.DeadlineSettings;
import bd.gov.cleancare.complaints.internal.OverdueRepository;
import bd.gov.cleancare.platform.audit.AuditTrail;
import bd.gov.cleancare.platform.errors.Conflict;
import bd.gov.cleancare.platform.errors.Forbidden;
import bd.gov.cleancare.platform.errors.NotFound;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.security.WardScopes;
import bd.gov.cleancare.platform.text.StoredValue;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaint deadlines: the rules super admins keep (working hours per category, optionally per
 * priority), and the sweep that marks overdue complaints and escalates them — to the zone office,
 * then to the super admins — each step once, on the timeline, in the activity log and to the people
 * who must act.
 */
@Service
public class ComplaintDeadlines {

    static final int MAX_HOURS = 2000;

    private final DeadlineRuleRepository rules;
    private final OverdueRepository overdue;
    private final DeadlineSettings settings;
    private final WardScopes scopes;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ComplaintDeadlines(DeadlineRuleRepository rules, OverdueRepository overdue, DeadlineSettings settings, WardScopes scopes,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.rules = rules;
        this.overdue = overdue;
        this.settings = settings;
        this.scopes = scopes;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<DeadlineRule> rules(CurrentUser me) {
        requireSuperAdmin(me);
        return rules.all();
    }

    @Transactional(readOnly = true)
    public DeadlineRule rule(CurrentUser me, UUID id) {
        requireSuperAdmin(me);
        return rules.find(id).orElseThrow(() -> new NotFound("deadline.rule.not-found"));
    }

    /** A new rule; one per category and priority (the category's own rule has no priority). */
    @Transactional
    public DeadlineRule addRule(CurrentUser me, DeadlineRuleForm form) {
        requireSuperAdmin(me);
        if (form.category() == null || form.category().isBlank()) {
            throw RuleViolated.onField("category", "validation.NotBlank");
        }
        var category = StoredValue.parse(Category.class, "category", form.category());
        var priority = form.priority() == null || form.priority().isBlank() ? null : StoredValue.parse(Priority.class, "priority", form.priority());
        checkHours(form.responseHours(), form.resolutionHours());
        var rule = rules.insert(category, priority, form.responseHours(), form.resolutionHours(), me.id(), clock.instant())
                .orElseThrow(() -> new Conflict("deadline.rule.exists"));
        audit.record(me, "deadline_rule.created", "deadline_rule", rule.id(), details(rule));
        return rule;
    }

    /** New hours for a rule; complaints filed before keep the due times they were given. */
    @Transactional
    public DeadlineRule changeRule(CurrentUser me, UUID id, DeadlineRuleForm form) {
        requireSuperAdmin(me);
        var current = rules.find(id).orElseThrow(() -> new NotFound("deadline.rule.not-found"));
        int response = form.responseHours() == null ? current.responseHours() : form.responseHours();
        int resolution = form.resolutionHours() == null ? current.resolutionHours() : form.resolutionHours();
        checkHours(response, resolution);
        var rule = rules.update(id, response, resolution, me.id(), clock.instant()).orElseThrow(() -> new NotFound("deadline.rule.not-found"));
        audit.record(me, "deadline_rule.changed", "deadline_rule", id, details(rule));
        return rule;
    }

    /** Without a rule, a complaint gets the category's rule, else the configured default. */
    @Transactional
    public void removeRule(CurrentUser me, UUID id) {
        requireSuperAdmin(me);
        var current = rules.find(id).orElseThrow(() -> new NotFound("deadline.rule.not-found"));
        rules.delete(id);
        audit.record(me, "deadline_rule.deleted", "deadline_rule", id, details(current));
    }

    public record Sweep(int markedOverdue, int escalatedToZone, int escalatedToCity) {
    }

    /**
     * One pass of the overdue job, in the caller's transaction (the single runner's). Marks first,
     * then escalates, in batches until nothing is left; a step already taken is never taken again.
     */
    @Transactional
    public Sweep sweep() {
        var now = clock.instant();
        int marked = 0;
        int zone = 0;
        int city = 0;
        for (List<OverdueRepository.Marked> batch; !(batch = overdue.markOverdue(now, settings.batchSize())).isEmpty(); ) {
            batch.forEach(c -> step(c, "overdue", tellWard(c), now));
            marked += batch.size();
        }
        var zoneBefore = now.minus(settings.zoneAfter());
        for (List<OverdueRepository.Marked> batch; !(batch = overdue.escalate(0, zoneBefore, now, settings.batchSize())).isEmpty(); ) {
            batch.forEach(c -> step(c, "escalated_zone", scopes.zoneAdminsOf(c.cityCorporation(), c.wardNumber(), ComplaintAccess.RESOURCE), now));
            zone += batch.size();
        }
        var cityBefore = zoneBefore.minus(settings.cityAfter());
        for (List<OverdueRepository.Marked> batch; !(batch = overdue.escalate(1, cityBefore, now, settings.batchSize())).isEmpty(); ) {
            batch.forEach(c -> step(c, "escalated_city", scopes.superAdmins(), now));
            city += batch.size();
        }
        return new Sweep(marked, zone, city);
    }

    /** Overdue: the assignee and the ward's own admins. */
    private List<UUID> tellWard(OverdueRepository.Marked c) {
        var people = new LinkedHashSet<UUID>();
        if (c.assignedTo() != null) {
            people.add(c.assignedTo());
        }
        people.addAll(scopes.wardAdminsOf(c.cityCorporation(), c.wardNumber(), ComplaintAccess.RESOURCE));
        return new ArrayList<>(people);
    }

    private void step(OverdueRepository.Marked c, String step, List<UUID> recipients, Instant now) {
        if (!overdue.recordStep(c, step, now)) {
            return;
        }
        var details = new LinkedHashMap<String, Object>();
        details.put("tracking_number", c.trackingNumber());
        details.put("ward", c.cityCorporation() + "/" + c.wardNumber());
        details.put("notified", recipients.size());
        audit.recordBySystem("complaint." + step, "complaint", c.id(), details);
        events.publishEvent(new ComplaintOverdue(c.id(), c.trackingNumber(), step, c.cityCorporation(), c.wardNumber(),
                List.copyOf(recipients), now));
    }

    private static void checkHours(Integer response, Integer resolution) {
        if (response == null) {
            throw RuleViolated.onField("response_hours", "validation.NotNull");
        }
        if (resolution == null) {
            throw RuleViolated.onField("resolution_hours", "validation.NotNull");
        }
        if (response < 1 || response > MAX_HOURS) {
            throw RuleViolated.onField("response_hours", "deadline.rule.hours", MAX_HOURS);
        }
        if (resolution < 1 || resolution > MAX_HOURS) {
            throw RuleViolated.onField("resolution_hours", "deadline.rule.hours", MAX_HOURS);
        }
        if (resolution < response) {
            throw RuleViolated.onField("resolution_hours", "deadline.rule.order");
        }
    }

    private static Map<String, Object> details(DeadlineRule rule) {
        var details = new LinkedHashMap<String, Object>();
        details.put("category", rule.categoryCode());
        details.put("priority", rule.priorityCode());
        details.put("response_hours", rule.responseHours());
        details.put("resolution_hours", rule.resolutionHours());
        return details;
    }

    private static void requireSuperAdmin(CurrentUser me) {
        if (!me.isSuperAdmin()) {
            throw new Forbidden("problem.forbidden");
        }
    }
}
