package bd.gov.cleancare.complaints;

import bd.gov.cleancare.complaints.internal.ResponseTemplateRepository;
import bd.gov.cleancare.platform.audit.AuditTrail;
import bd.gov.cleancare.platform.errors.Forbidden;
import bd.gov.cleancare.platform.errors.NotFound;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.text.StoredValue;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Response templates, kept by super admins: per category (or for any) and status, a Bengali and an
 * English text that staff pick when they move a complaint on; the citizen's language becomes the
 * public update (see {@link Complaints#addUpdate}).
 */
@Service
public class ResponseTemplates {

    static final int MAX_TITLE = 120;
    static final int MAX_TEXT = 2000;
    /** Staff move complaints to these; submitted and re-opened are never a staff's step. */
    private static final Set<Status> STAFF_STATUSES = Set.of(Status.IN_PROGRESS, Status.RESOLVED, Status.CANCELLED);

    private final ResponseTemplateRepository templates;
    private final AuditTrail audit;
    private final Clock clock;

    ResponseTemplates(ResponseTemplateRepository templates, AuditTrail audit, Clock clock) {
        this.templates = templates;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ResponseTemplate> all(CurrentUser me) {
        requireSuperAdmin(me);
        return templates.all();
    }

    @Transactional(readOnly = true)
    public ResponseTemplate get(CurrentUser me, UUID id) {
        requireSuperAdmin(me);
        return templates.find(id).orElseThrow(() -> new NotFound("response-template.not-found"));
    }

    @Transactional
    public ResponseTemplate add(CurrentUser me, ResponseTemplateForm form) {
        requireSuperAdmin(me);
        var content = new ResponseTemplateRepository.Content(category(form.category()), status(form.status()),
                text("title", form.title(), MAX_TITLE), text("text_bn", form.textBn(), MAX_TEXT), text("text_en", form.textEn(), MAX_TEXT),
                form.isActive() == null || form.isActive());
        var template = templates.insert(content, me.id(), clock.instant());
        audit.record(me, "response_template.created", "response_template", template.id(), details(template));
        return template;
    }

    /** Only the fields sent change; an empty category makes it a template for any category. */
    @Transactional
    public ResponseTemplate change(CurrentUser me, UUID id, ResponseTemplateForm form) {
        requireSuperAdmin(me);
        var current = templates.find(id).orElseThrow(() -> new NotFound("response-template.not-found"));
        var content = new ResponseTemplateRepository.Content(
                form.category() == null ? (current.category() == null ? null : StoredValue.fromStored(Category.class, current.category()))
                        : category(form.category()),
                form.status() == null ? StoredValue.fromStored(Status.class, current.status()) : status(form.status()),
                form.title() == null ? current.title() : text("title", form.title(), MAX_TITLE),
                form.textBn() == null ? current.textBn() : text("text_bn", form.textBn(), MAX_TEXT),
                form.textEn() == null ? current.textEn() : text("text_en", form.textEn(), MAX_TEXT),
                form.isActive() == null ? current.isActive() : form.isActive());
        var template = templates.update(id, content, me.id(), clock.instant())
                .orElseThrow(() -> new NotFound("response-template.not-found"));
        audit.record(me, "response_template.changed", "response_template", id, details(template));
        return template;
    }

    /** Updates written from it keep their text. */
    @Transactional
    public void remove(CurrentUser me, UUID id) {
        requireSuperAdmin(me);
        var current = templates.find(id).orElseThrow(() -> new NotFound("response-template.not-found"));
        templates.delete(id);
        audit.record(me, "response_template.deleted", "response_template", id, details(current));
    }

    private static Category category(String raw) {
        return raw == null || raw.isBlank() ? null : StoredValue.parse(Category.class, "category", raw);
    }

    private static Status status(String raw) {
        if (raw == null || raw.isBlank()) {
            throw RuleViolated.onField("status", "validation.NotBlank");
        }
        var status = StoredValue.parse(Status.class, "status", raw);
        if (!STAFF_STATUSES.contains(status)) {
            throw RuleViolated.onField("status", "response-template.status.not-staff");
        }
        return status;
    }

    private static String text(String field, String raw, int max) {
        var value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            throw RuleViolated.onField(field, "validation.NotBlank");
        }
        if (value.codePointCount(0, value.length()) > max) {
            throw RuleViolated.onField(field, "validation.Size.max", max);
        }
        return value;
    }

    private static Map<String, Object> details(ResponseTemplate template) {
        var details = new LinkedHashMap<String, Object>();
        details.put("category", template.categoryCode());
        details.put("status", template.statusCode());
        details.put("title", template.title());
        details.put("is_active", template.isActive());
        return details;
    }

    private static void requireSuperAdmin(CurrentUser me) {
        if (!me.isSuperAdmin()) {
            throw new Forbidden("problem.forbidden");
        }
    }
}
