package bd.gov.cleancare.notices.web;

import bd.gov.cleancare.geography.Geography;
import bd.gov.cleancare.notices.NoticeCategory;
import bd.gov.cleancare.notices.NoticeForm;
import bd.gov.cleancare.notices.NoticeView;
import bd.gov.cleancare.notices.Notices;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.pages.Forms;
import bd.gov.cleancare.platform.pages.PageController;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.time.ClockConfig;
import bd.gov.cleancare.platform.web.PageQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Notices in the staff console: the ones the member manages in every state, a new one, and one
 * notice's form (edit, urgent, schedule, expiry), attachments, "take off the board" and delete — all
 * through {@link Notices}, which decides whose wards they are (an admin of another ward: 403/404).
 */
@PageController
class StaffNoticePages {

    private static final int LIST_SIZE = 20;
    private static final List<String> STATES = List.of("live", "scheduled", "expired", "inactive");
    private static final List<String> PRIORITIES = List.of("low", "normal", "high", "urgent");
    private static final Map<String, String> FIELDS = Map.of("target_wards", "wards", "ward_number", "wards");

    private final Notices notices;
    private final Geography geography;
    private final Forms forms;

    StaffNoticePages(Notices notices, Geography geography, Forms forms) {
        this.notices = notices;
        this.geography = geography;
        this.forms = forms;
    }

    record ListFilters(String state) {

        public String link(int page) {
            return UriComponentsBuilder.fromPath("/staff/notices")
                    .queryParamIfPresent("state", java.util.Optional.ofNullable(state).filter(s -> !s.isBlank()))
                    .queryParam("page", page).encode().build().toUriString();
        }
    }

    /**
     * The notice form as typed. Times are Dhaka wall-clock times from datetime-local fields; an empty
     * time keeps what is there (now, for a new notice). No wards means the whole corporation, no
     * corporation either the whole city (super admins only, as the service says).
     */
    record EditForm(String title, String titleEn, String content, String contentEn, String category, String priority,
            String isUrgent, String sendSms, String isActive, String cityCorporation, String wards, String publishedAt,
            String expiresAt) {

        static EditForm blank() {
            return new EditForm(null, null, null, null, "general", "normal", null, null, "on", "DSCC", null, null, null);
        }

        static EditForm of(NoticeView notice) {
            return new EditForm(notice.title(), notice.titleEn(), notice.content(), notice.contentEn(), notice.categoryCode(),
                    notice.priority(), notice.isUrgent() ? "on" : null, notice.sendSms() ? "on" : null, notice.isActive() ? "on" : null,
                    notice.cityCorporation(), String.join(", ", notice.targetWards()), local(notice.publishedAt()),
                    local(notice.expiresAt()));
        }

        NoticeForm notice() {
            return new NoticeForm(title, titleEn, content, contentEn, category, priority, ticked(isUrgent), ticked(isActive),
                    ticked(sendSms), cityCorporation == null ? "" : cityCorporation, wardList(wards), instant("published_at", publishedAt),
                    instant("expires_at", expiresAt));
        }
    }

    @GetMapping("/staff/notices")
    String list(@AuthenticationPrincipal CurrentUser me, ListFilters filters, @RequestParam(required = false) String page, Model model) {
        var query = PageQuery.parse(page, Integer.toString(LIST_SIZE));
        model.addAttribute("notices", notices.list(me, null, null, null, filters.state(), query));
        model.addAttribute("form", filters);
        model.addAttribute("states", STATES);
        model.addAttribute("page", query.page());
        model.addAttribute("size", query.pageSize());
        return "notices/staff/list";
    }

    @GetMapping("/staff/notices/new")
    String newNotice(Model model) {
        model.addAttribute("form", EditForm.blank());
        return form(model, null);
    }

    @PostMapping("/staff/notices")
    String publish(@AuthenticationPrincipal CurrentUser me, EditForm form, Model model, RedirectAttributes next) {
        return forms.saved(model, form, form(model, null), FIELDS, next, "/staff/notices/", () -> notices.publish(me, form.notice()).id());
    }

    @GetMapping("/staff/notices/{id}")
    String notice(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
        var notice = load(me, id, model);
        model.addAttribute("form", EditForm.of(notice));
        return form(model, notice);
    }

    @PostMapping("/staff/notices/{id}")
    String edit(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, EditForm form, Model model, RedirectAttributes next) {
        var view = form(model, load(me, id, model));
        return forms.saved(model, form, view, FIELDS, next, "/staff/notices/", () -> {
            notices.edit(me, id, form.notice());
            return id;
        });
    }

    @PostMapping("/staff/notices/{id}/expire")
    String expire(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, RedirectAttributes next) {
        notices.expire(me, id);
        next.addFlashAttribute("expired", true);
        return "redirect:/staff/notices/" + id;
    }

    @PostMapping("/staff/notices/{id}/delete")
    String delete(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, RedirectAttributes next) {
        notices.delete(me, id);
        next.addFlashAttribute("deleted", true);
        return "redirect:/staff/notices";
    }

    @PostMapping("/staff/notices/{id}/attachments")
    String attach(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) MultipartFile file,
            RedirectAttributes next) {
        // a refused file leaves the notice as it was: its message goes above the attachments
        forms.refusalOf(() -> {
            if (file == null || file.isEmpty()) {
                throw RuleViolated.onField("file", "problem.field.required");
            }
            notices.attach(me, id, file.getOriginalFilename(), bytes(file));
        }).ifPresentOrElse(refusal -> next.addFlashAttribute("attachmentRefused", refusal),
                () -> next.addFlashAttribute("attached", true));
        return "redirect:/staff/notices/" + id + "#attachments";
    }

    @PostMapping("/staff/notices/{id}/attachments/{attachmentId}/remove")
    String detach(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @PathVariable UUID attachmentId,
            RedirectAttributes next) {
        notices.detach(me, id, attachmentId);
        next.addFlashAttribute("detached", true);
        return "redirect:/staff/notices/" + id + "#attachments";
    }

    /** The notice and its readers; readership is refused (403) to staff who do not manage it. */
    private NoticeView load(CurrentUser me, UUID id, Model model) {
        var notice = notices.get(me, id);
        model.addAttribute("readership", notices.readership(me, id));
        return notice;
    }

    private String form(Model model, NoticeView notice) {
        model.addAttribute("notice", notice);
        model.addAttribute("categories", Arrays.stream(NoticeCategory.values()).map(NoticeCategory::code).toList());
        model.addAttribute("priorities", PRIORITIES);
        model.addAttribute("corporations", geography.cityCorporations());
        return "notices/staff/form";
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Boolean ticked(String box) {
        return box != null && !box.isBlank();
    }

    private static List<String> wardList(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(typed.split("[,،;\\s]+")).map(String::strip).filter(w -> !w.isEmpty()).toList();
    }

    private static String local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ClockConfig.DHAKA).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    private static Instant instant(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(bd.gov.cleancare.platform.text.Digits.toAscii(typed.strip())).atZone(ClockConfig.DHAKA).toInstant();
        } catch (DateTimeParseException e) {
            throw RuleViolated.onField(field, "validation.date");
        }
    }
}
