package bd.gov.cleancare.waste.web;

import bd.gov.cleancare.platform.security.CurrentUser;
import bd.gov.cleancare.platform.web.Page;
import bd.gov.cleancare.platform.web.PageQuery;
import bd.gov.cleancare.waste.LoadEntry;
import bd.gov.cleancare.waste.NewLoad;
import bd.gov.cleancare.waste.StationForm;
import bd.gov.cleancare.waste.Throughput;
import bd.gov.cleancare.waste.TransferStationView;
import bd.gov.cleancare.waste.TransferStations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Secondary transfer stations: readable by everyone signed in, kept and logged by the ward's waste staff. */
@RestController
@RequestMapping("/api/v1/waste/stations")
@Tag(name = "waste", description = "Transfer stations, their load log, collection schedules and missed collections")
@SecurityRequirement(name = "bearer")
class TransferStationApi {

    private final TransferStations stations;

    TransferStationApi(TransferStations stations) {
        this.stations = stations;
    }

    record StationBody(@Size(max = 1000) String name, @Size(max = 1000) String nameEn, @Size(max = 10) String cityCorporation,
            @Size(max = 10) String wardNumber, @Size(max = 1000) String location, BigDecimal latitude, BigDecimal longitude,
            BigDecimal capacityTonnes, @Size(max = 30) String status, @Size(max = 20) String opensAt, @Size(max = 20) String closesAt,
            Integer clearanceIntervalHours) {

        StationForm form() {
            return new StationForm(name, nameEn, cityCorporation, wardNumber, location, latitude, longitude, capacityTonnes, status, opensAt,
                    closesAt, clearanceIntervalHours);
        }
    }

    record LoadBody(@Size(max = 30) String direction, @Size(max = 100) String vehicleNumber, BigDecimal tonnes,
            @Size(max = 40) String loggedAt, @Size(max = 5000) String note) {
    }

    @GetMapping
    @Operation(summary = "Transfer stations, by name; ?city_corporation=&ward_number=&zone=&status=&search=")
    Page<TransferStationView> list(@AuthenticationPrincipal CurrentUser me,
            @RequestParam(name = "city_corporation", required = false) String cityCorporation,
            @RequestParam(name = "ward_number", required = false) String wardNumber,
            @RequestParam(required = false) String ward, @RequestParam(required = false) String zone,
            @RequestParam(required = false) String status, @RequestParam(required = false) String search,
            @RequestParam(required = false) String page, @RequestParam(name = "page_size", required = false) String pageSize) {
        var query = PageQuery.parse(page, pageSize);
        return Page.of(query, stations.list(me, cityCorporation, wardNumber != null ? wardNumber : ward, zone, status, search, query));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a station (waste staff of its ward)")
    TransferStationView create(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody StationBody body) {
        return stations.create(me, body.form());
    }

    @GetMapping("/{id}")
    TransferStationView get(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        return stations.get(me, id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit a station; fields left out keep their value")
    TransferStationView update(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @Valid @RequestBody StationBody body) {
        return stations.update(me, id, body.form());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a station (its log stays in the city's figures)")
    void delete(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        stations.delete(me, id);
    }

    @PostMapping("/{id}/loads")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Log an arrival or departure; the station's load follows from the log")
    LoadEntry log(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @Valid @RequestBody LoadBody body) {
        return stations.logLoad(me, id, new NewLoad(body.direction(), body.vehicleNumber(), body.tonnes(), body.loggedAt(), body.note()));
    }

    @GetMapping("/{id}/loads")
    @Operation(summary = "The load log, newest first; ?direction=&from=&to= (Dhaka dates)")
    Page<LoadEntry> loads(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
            @RequestParam(required = false) String direction, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String page,
            @RequestParam(name = "page_size", required = false) String pageSize) {
        var query = PageQuery.parse(page, pageSize);
        return Page.of(query, stations.loads(me, id, direction, from, to, query));
    }

    @GetMapping("/{id}/throughput")
    @Operation(summary = "Tonnes in and out per Dhaka day; ?from=&to= (the last 7 days by default)")
    Throughput throughput(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        return stations.throughput(me, id, from, to);
    }
}
