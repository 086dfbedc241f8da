package bd.gov.cleancare.complaints;

import bd.gov.cleancare.complaints.internal.CategoryQuestionRepository;
import bd.gov.cleancare.platform.audit.AuditTrail;
import bd.gov.cleancare.platform.errors.Conflict;
import bd.gov.cleancare.platform.errors.Forbidden;
import bd.gov.cleancare.platform.errors.NotFound;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.security.UserType;
import bd.gov.cleancare.platform.text.Digits;
import bd.gov.cleancare.platform.text.StoredValue;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Extra questions per category, asked while filing ("Is anyone hurt?"): text, number, choice or yes/no, required or
 * not. A choice option may block filing with a message (a fire: "call 999") instead of a complaint that would sit in a
 * queue. Super admins keep them; the answers are checked here once for the app, the web form and Open311 alike.
 */
@Service
public class CategoryQuestions {

    public static final Set<String> KINDS = Set.of("text", "number", "choice", "yes_no");
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,49}");
    private static final int MAX_TEXT = 500;

    private final CategoryQuestionRepository questions;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;

    CategoryQuestions(CategoryQuestionRepository questions, AuditTrail audit, JsonMapper json, Clock clock) {
        this.questions = questions;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** A choice; {@code blockBn}/{@code blockEn} set: choosing it refuses filing with that message. */
    public record Option(String key, String labelBn, String labelEn, String blockBn, String blockEn) {

        public boolean blocks() {
            return blockBn != null && !blockBn.isBlank() || blockEn != null && !blockEn.isBlank();
        }

        public String label(Locale locale) {
            return "en".equals(locale.getLanguage()) && labelEn != null ? labelEn : labelBn;
        }
    }

    /** {@code category} the stored Bengali value, {@code categoryCode} its English code. */
    public record Question(UUID id, String category, String categoryCode, String code, String kind, String labelBn, String labelEn,
            boolean required, int position, List<Option> options) {

        public String label(Locale locale) {
            return "en".equals(locale.getLanguage()) ? labelEn : labelBn;
        }
    }

    public record QuestionForm(String category, String code, String kind, String labelBn, String labelEn, Boolean required,
            Integer position, List<Option> options) {
    }

    /** An answer as staff read it: the question, and the value (a choice also by its label). */
    public record Answer(String code, String kind, String questionBn, String questionEn, Object value, String valueBn, String valueEn) {
    }

    /** A category's questions in order: public, for every form that files. */
    @Transactional(readOnly = true)
    public List<Question> of(Category category) {
        return questions.list(category);
    }

    /** Every category's questions, by category code, for a form that shows them all. */
    @Transactional(readOnly = true)
    public Map<String, List<Question>> all() {
        var grouped = new LinkedHashMap<String, List<Question>>();
        for (var category : Category.values()) {
            grouped.put(category.code(), new ArrayList<>());
        }
        questions.list(null).forEach(q -> grouped.get(q.categoryCode()).add(q));
        return grouped;
    }

    @Transactional(readOnly = true)
    public List<Question> list(CurrentUser me, String category) {
        superAdmin(me);
        return questions.list(category == null || category.isBlank() ? null : StoredValue.parse(Category.class, "category", category));
    }

    @Transactional(readOnly = true)
    public Question get(CurrentUser me, UUID id) {
        superAdmin(me);
        return questions.find(id).orElseThrow(() -> new NotFound("question.not-found"));
    }

    @Transactional
    public Question add(CurrentUser me, QuestionForm form) {
        superAdmin(me);
        var question = valid(UUID.randomUUID(), form);
        questions.save(question, clock.instant());
        audit.record(me, "category_question.added", "category_question", question.id(), Map.of("category", question.categoryCode(),
                "code", question.code()));
        return questions.find(question.id()).orElseThrow();
    }

    /** Complaints already filed keep the answers they gave. */
    @Transactional
    public Question change(CurrentUser me, UUID id, QuestionForm form) {
        superAdmin(me);
        var current = questions.find(id).orElseThrow(() -> new NotFound("question.not-found"));
        var merged = new QuestionForm(form.category() == null ? current.categoryCode() : form.category(),
                form.code() == null ? current.code() : form.code(), form.kind() == null ? current.kind() : form.kind(),
                form.labelBn() == null ? current.labelBn() : form.labelBn(), form.labelEn() == null ? current.labelEn() : form.labelEn(),
                form.required() == null ? current.required() : form.required(),
                form.position() == null ? current.position() : form.position(),
                form.options() == null ? current.options() : form.options());
        var question = valid(id, merged);
        questions.save(question, clock.instant());
        audit.record(me, "category_question.changed", "category_question", id, Map.of("category", question.categoryCode(),
                "code", question.code()));
        return questions.find(id).orElseThrow();
    }

    @Transactional
    public void remove(CurrentUser me, UUID id) {
        superAdmin(me);
        if (!questions.delete(id)) {
            throw new NotFound("question.not-found");
        }
        audit.record(me, "category_question.removed", "category_question", id, Map.of());
    }

    /**
     * The answers to store with a new complaint (as JSON, by question code), or null when there are none. Answers to
     * questions the category does not ask are refused; a required one left out, or a blocking choice, refuses filing.
     */
    String checked(Category category, Map<String, ?> raw) {
        var asked = questions.list(category);
        var given = raw == null ? Map.<String, Object>of() : raw;
        var known = asked.stream().map(Question::code).collect(java.util.stream.Collectors.toSet());
        for (var code : given.keySet()) {
            if (!known.contains(code)) {
                throw RuleViolated.onField("answers." + code, "question.unknown");
            }
        }
        var answers = new LinkedHashMap<String, Object>();
        for (var question : asked) {
            var field = "answers." + question.code();
            var value = given.get(question.code());
            boolean missing = value == null || value instanceof String text && text.isBlank();
            if (missing) {
                if (question.required()) {
                    throw RuleViolated.onField(field, "question.required", question.label(LocaleContextHolder.getLocale()));
                }
                continue;
            }
            answers.put(question.code(), switch (question.kind()) {
                case "text" -> text(field, value);
                case "number" -> number(field, value);
                case "yes_no" -> yesNo(field, value);
                default -> choice(field, question, value);
            });
        }
        return answers.isEmpty() ? null : json.writeValueAsString(answers);
    }

    /** The stored answers with their questions, in the category's order; answers to questions since removed are left out. */
    List<Answer> answered(Category category, String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        Map<?, ?> values = json.readValue(stored, Map.class);
        var answers = new ArrayList<Answer>();
        for (var question : questions.list(category)) {
            var value = values.get(question.code());
            if (value == null) {
                continue;
            }
            String bn = null;
            String en = null;
            if ("choice".equals(question.kind())) {
                var option = question.options().stream().filter(o -> o.key().equals(value)).findFirst();
                bn = option.map(Option::labelBn).orElse(null);
                en = option.map(Option::labelEn).orElse(null);
            } else if ("yes_no".equals(question.kind())) {
                bn = Boolean.TRUE.equals(value) ? "হ্যাঁ" : "না";
                en = Boolean.TRUE.equals(value) ? "Yes" : "No";
            }
            answers.add(new Answer(question.code(), question.kind(), question.labelBn(), question.labelEn(), value, bn, en));
        }
        return answers;
    }

    private Question valid(UUID id, QuestionForm form) {
        var category = StoredValue.parse(Category.class, "category", required("category", form.category()));
        var code = required("code", form.code()).strip().toLowerCase(Locale.ROOT);
        // ward_number is the Open311 service definitions' own first attribute
        if (!CODE.matcher(code).matches() || code.equals("ward_number")) {
            throw RuleViolated.onField("code", "question.code.format");
        }
        if (questions.codeTaken(category, code, id)) {
            throw new Conflict("question.code.taken", code);
        }
        var kind = required("kind", form.kind()).strip();
        if (!KINDS.contains(kind)) {
            throw RuleViolated.onField("kind", "question.kind.unknown", String.join(", ", KINDS.stream().sorted().toList()));
        }
        var options = form.options() == null ? List.<Option>of() : form.options();
        if ("choice".equals(kind)) {
            if (options.size() < 2) {
                throw RuleViolated.onField("options", "question.options.too-few");
            }
            var keys = new java.util.HashSet<String>();
            var cleaned = new ArrayList<Option>();
            for (var option : options) {
                var key = required("options", option.key()).strip().toLowerCase(Locale.ROOT);
                if (!CODE.matcher(key).matches() || !keys.add(key)) {
                    throw RuleViolated.onField("options", "question.options.key");
                }
                cleaned.add(new Option(key, label("options", option.labelBn()), label("options", option.labelEn()),
                        blankToNull(option.blockBn()), blankToNull(option.blockEn())));
                if (cleaned.getLast().blocks() && (cleaned.getLast().blockBn() == null || cleaned.getLast().blockEn() == null)) {
                    throw RuleViolated.onField("options", "question.options.block-both");
                }
            }
            options = cleaned;
        } else if (!options.isEmpty()) {
            throw RuleViolated.onField("options", "question.options.choice-only");
        }
        return new Question(id, category.code(), category.code(), code, kind, label("label_bn", form.labelBn()),
                label("label_en", form.labelEn()), Boolean.TRUE.equals(form.required()), form.position() == null ? 0 : form.position(),
                options);
    }

    private static String text(String field, Object value) {
        var text = String.valueOf(value).strip();
        if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            throw RuleViolated.onField(field, "validation.Size.max", MAX_TEXT);
        }
        return text;
    }

    private static BigDecimal number(String field, Object value) {
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        try {
            return new BigDecimal(Digits.toAscii(String.valueOf(value).strip()));
        } catch (NumberFormatException e) {
            throw RuleViolated.onField(field, "question.number");
        }
    }

    private static boolean yesNo(String field, Object value) {
        if (value instanceof Boolean flag) {
            return flag;
        }
        return switch (String.valueOf(value).strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "হ্যাঁ" -> true;
            case "false", "no", "না" -> false;
            default -> throw RuleViolated.onField(field, "question.yes-no");
        };
    }

    private static String choice(String field, Question question, Object value) {
        var key = String.valueOf(value).strip().toLowerCase(Locale.ROOT);
        var option = question.options().stream().filter(o -> o.key().equals(key)).findFirst()
                .orElseThrow(() -> RuleViolated.onField(field, "question.choice",
                        String.join(", ", question.options().stream().map(Option::key).toList())));
        if (option.blocks()) {
            boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
            throw RuleViolated.onField(field, "question.blocked", english ? option.blockEn() : option.blockBn());
        }
        return key;
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw RuleViolated.onField(field, "validation.NotBlank");
        }
        return value;
    }

    private static String label(String field, String value) {
        var text = required(field, value).strip();
        if (text.codePointCount(0, text.length()) > 300) {
            throw RuleViolated.onField(field, "validation.Size.max", 300);
        }
        return text;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void superAdmin(CurrentUser me) {
        if (me.type() != UserType.SUPER_ADMIN) {
            throw new Forbidden("question.super-admin-only");
        }
    }
}
