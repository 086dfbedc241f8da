package bd.gov.cleancare.emergency.web;

import bd.gov.cleancare.emergency.Emergencies;
import bd.gov.cleancare.emergency.EmergencyView;
import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.web.Page;
import bd.gov.cleancare.platform.web.PageQuery;
import com.fasterxml.jackson.annotation.JsonAlias;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The seed's emergency_requests: raise, follow, respond. */
@RestController
@RequestMapping("/api/v1/emergency")
@Tag(name = "emergency", description = "Emergency requests, alerted at once to the ward")
@SecurityRequirement(name = "bearer")
class EmergencyApi {

    private final Emergencies emergencies;

    EmergencyApi(Emergencies emergencies) {
        this.emergencies = emergencies;
    }

    record RaiseForm(@Size(max = 50) String emergencyType, @Size(max = 10000) String description, @Size(max = 1000) String location,
            BigDecimal latitude, BigDecimal longitude, @Size(max = 10) String cityCorporation, @Size(max = 10) String wardNumber) {
    }

    record StatusForm(@Size(max = 30) String status, @Size(max = 5000) @JsonAlias("comment") String note, UUID assignedTo) {
    }

    record DutyForm(@Size(max = 10) String cityCorporation, @Size(max = 10) String wardNumber, @Size(max = 40) String onDutyPhone) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Raise an emergency: the ward's staff are alerted at once")
    EmergencyView raise(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody RaiseForm form) {
        return emergencies.raise(me, form.emergencyType(), form.description(), form.location(), form.latitude(), form.longitude(),
                form.cityCorporation(), form.wardNumber());
    }

    @GetMapping
    @Operation(summary = "Emergencies I may see, open ones first")
    Page<EmergencyView> list(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String status,
            @RequestParam(required = false) String page, @RequestParam(name = "page_size", required = false) String pageSize) {
        var query = PageQuery.parse(page, pageSize);
        return Page.of(query, emergencies.list(me, status, query));
    }

    @GetMapping("/{id}")
    EmergencyView get(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        return emergencies.get(me, id);
    }

    @PutMapping("/{id}/status")
    @Operation(summary = "Respond: move the status on (the first response sets responded_at), optionally assign")
    EmergencyView status(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @Valid @RequestBody StatusForm form) {
        return emergencies.changeStatus(me, id, form.status(), form.note(), form.assignedTo());
    }

    @PutMapping("/on-duty-phones")
    @Operation(summary = "Set a ward's on-duty number (super admin)")
    Map<String, String> onDuty(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody DutyForm form) {
        return emergencies.setOnDutyPhone(me, form.cityCorporation(), form.wardNumber(), form.onDutyPhone());
    }
}
