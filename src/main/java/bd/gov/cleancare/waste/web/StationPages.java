package bd.gov.cleancare.waste.web;

import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.pages.Forms;
import bd.gov.cleancare.platform.pages.PageController;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.text.Digits;
import bd.gov.cleancare.platform.web.PageQuery;
import bd.gov.cleancare.waste.NewLoad;
import bd.gov.cleancare.waste.TransferStations;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Secondary transfer stations in the staff console: the list, and one station's load log with the
 * form a service provider or admin of its ward logs a truck with. {@link TransferStations} decides
 * who may read the log and log a load (others of another ward: 403).
 */
@PageController
class StationPages {

    private static final int LIST_SIZE = 20;
    private static final int LOG_SIZE = 20;

    private final TransferStations stations;
    private final Forms forms;

    StationPages(TransferStations stations, Forms forms) {
        this.stations = stations;
        this.forms = forms;
    }

    /** A truck as typed: tonnes in either digits, the time a Dhaka wall-clock time (empty: now). */
    record LoadForm(String direction, String vehicleNumber, String tonnes, String loggedAt, String note) {

        NewLoad load() {
            return new NewLoad(direction, vehicleNumber, number(tonnes), loggedAt, note);
        }

        private static BigDecimal number(String typed) {
            if (typed == null || typed.isBlank()) {
                throw RuleViolated.onField("tonnes", "validation.NotBlank");
            }
            try {
                return new BigDecimal(Digits.toAscii(typed.strip()).replace('٫', '.'));
            } catch (NumberFormatException e) {
                throw RuleViolated.onField("tonnes", "problem.field.wrong-type");
            }
        }
    }

    @GetMapping("/staff/stations")
    String list(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String search,
            @RequestParam(required = false) String page, Model model) {
        var query = PageQuery.parse(page, Integer.toString(LIST_SIZE));
        model.addAttribute("stations", stations.list(me, null, null, null, null, search, query));
        model.addAttribute("search", search);
        model.addAttribute("page", query.page());
        model.addAttribute("size", query.pageSize());
        return "waste/staff/stations";
    }

    @GetMapping("/staff/stations/{id}")
    String station(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String page,
            Model model) {
        model.addAttribute("form", new LoadForm("arrival", null, null, null, null));
        return show(me, id, page, model);
    }

    @PostMapping("/staff/stations/{id}/loads")
    String logLoad(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, LoadForm form, Model model, RedirectAttributes next) {
        var view = show(me, id, null, model);
        return forms.submit(model, form, view, () -> {
            stations.logLoad(me, id, form.load());
            next.addFlashAttribute("logged", true);
            return "redirect:/staff/stations/" + id;
        });
    }

    private String show(CurrentUser me, UUID id, String page, Model model) {
        var query = PageQuery.parse(page, Integer.toString(LOG_SIZE));
        model.addAttribute("station", stations.get(me, id));
        // the log is the ward's staff's: reading it is the page's authorization
        model.addAttribute("loads", stations.loads(me, id, null, null, null, query));
        model.addAttribute("directions", List.of("arrival", "departure"));
        model.addAttribute("page", query.page());
        model.addAttribute("size", query.pageSize());
        return "waste/staff/station";
    }
}
