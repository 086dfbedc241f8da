package bd.gov.cleancare.open311;

import bd.gov.cleancare.complaints.Category;
import bd.gov.cleancare.complaints.Complaints;
import bd.gov.cleancare.complaints.NewComplaint;
import bd.gov.cleancare.complaints.Priority;
import bd.gov.cleancare.complaints.PublicComplaint;
import bd.gov.cleancare.complaints.PublicComplaintQuery;
import bd.gov.cleancare.complaints.Status;
import bd.gov.cleancare.geography.CityCorporation;
import bd.gov.cleancare.geography.Coordinates;
import bd.gov.cleancare.geography.Geography;
import bd.gov.cleancare.geography.WardRef;
import bd.gov.cleancare.identity.Users;
import bd.gov.cleancare.identity.UserView;
import bd.gov.cleancare.open311.internal.ApiKey;
import bd.gov.cleancare.open311.internal.Jurisdictions;
import bd.gov.cleancare.open311.internal.PartnerKeyRepository;
import bd.gov.cleancare.open311.internal.PublicUrls;
import bd.gov.cleancare.open311.internal.Redaction;
import bd.gov.cleancare.open311.internal.RequestWindow;
import bd.gov.cleancare.open311.internal.ServiceCatalogue;
import bd.gov.cleancare.platform.errors.Forbidden;
import bd.gov.cleancare.platform.errors.NotFound;
import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.errors.TooManyRequests;
import bd.gov.cleancare.platform.ratelimit.SlidingWindows;
import bd.gov.cleancare.platform.text.Digits;
import bd.gov.cleancare.platform.time.ClockConfig;
import bd.gov.cleancare.platform.web.Languages;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * GeoReport v2 service requests: civic apps read Dhaka's complaints without anyone's identity,
 * and partners holding an API key file new ones under their own account.
 */
@Service
public class ServiceRequests {

    static final int MAX_RESULTS = 1000;
    static final int FILINGS_PER_MINUTE = 60;
    /** The spec's limit for a description. */
    static final int MAX_DESCRIPTION = 4000;
    static final int TITLE_LENGTH = 60;
    static final int MAX_MEDIA_URL = 500;

    private final Complaints complaints;
    private final Users users;
    private final PartnerKeyRepository keys;
    private final ServiceCatalogue catalogue;
    private final Jurisdictions jurisdictions;
    private final Geography geography;
    private final PublicUrls urls;
    private final SlidingWindows windows;
    private final MessageSource messages;
    private final Clock clock;
    private final bd.gov.cleancare.complaints.CategoryQuestions questions;

    ServiceRequests(Complaints complaints, Users users, PartnerKeyRepository keys, ServiceCatalogue catalogue,
            Jurisdictions jurisdictions, Geography geography, PublicUrls urls, SlidingWindows windows, MessageSource messages,
            Clock clock, bd.gov.cleancare.complaints.CategoryQuestions questions) {
        this.questions = questions;
        this.complaints = complaints;
        this.users = users;
        this.keys = keys;
        this.catalogue = catalogue;
        this.jurisdictions = jurisdictions;
        this.geography = geography;
        this.urls = urls;
        this.windows = windows;
        this.messages = messages;
        this.clock = clock;
    }

    /** Newest first, at most 1000; service_request_id overrides the other filters, as the spec says. */
    public List<ServiceRequest> find(RequestQuery query) {
        var corporation = jurisdictions.resolve(query.jurisdictionId()).orElse(null);
        var ids = list(query.serviceRequestIds()).stream()
                .map(id -> Digits.toAscii(id).toUpperCase(Locale.ROOT)).distinct().toList();
        if (ids.size() > MAX_RESULTS) {
            throw RuleViolated.onField("service_request_id", "open311.ids.too-many", MAX_RESULTS);
        }
        PublicComplaintQuery filter;
        if (!ids.isEmpty()) {
            filter = new PublicComplaintQuery(ids, Set.of(), Set.of(), corporation, null, null, MAX_RESULTS);
        } else {
            var window = RequestWindow.of(query.startDate(), query.endDate(), clock.instant());
            filter = new PublicComplaintQuery(List.of(), categories(query.serviceCodes()), statuses(query.statuses()), corporation,
                    window.from(), window.to(), MAX_RESULTS);
        }
        return complaints.publicComplaints(filter).stream().map(this::view).toList();
    }

    public ServiceRequest get(String jurisdictionId, String serviceRequestId) {
        var corporation = jurisdictions.resolve(jurisdictionId).orElse(null);
        var id = Digits.toAscii(serviceRequestId.strip()).toUpperCase(Locale.ROOT);
        return complaints.publicComplaints(new PublicComplaintQuery(List.of(id), Set.of(), Set.of(), corporation, null, null, 1))
                .stream().findFirst().map(this::view)
                .orElseThrow(() -> new NotFound("open311.request.not-found", serviceRequestId.strip()));
    }

    /**
     * Files a complaint under the partner's account, medium priority, titled by the start of its
     * description. The key is checked first: without a valid one, nothing about the request is answered.
     */
    @Transactional
    public FiledRequest file(NewServiceRequest form, Locale locale) {
        var partner = partner(form.apiKey());
        windows.acquire("cc:open311:filed:" + partner.id(), FILINGS_PER_MINUTE, Duration.ofMinutes(1)).ifPresent(wait -> {
            throw new TooManyRequests(wait, "open311.too-many", FILINGS_PER_MINUTE);
        });
        var corporation = jurisdictions.resolve(form.jurisdictionId()).orElse(null);
        if (blank(form.serviceCode())) {
            throw RuleViolated.onField("service_code", "validation.NotBlank");
        }
        var category = catalogue.require(form.serviceCode());
        var description = description(form.description());
        var coordinates = Coordinates.of(decimal("lat", form.lat()), decimal("long", form.lon()));
        var location = location(form, coordinates);
        var ward = ward(corporation, form.wardNumber());
        var stored = form.mediaUrl() == null || form.mediaUrl().isBlank() ? description
                : description + "\n\n" + "ছবি / Photo: " + mediaUrl(form.mediaUrl());
        var complaint = complaints.fileAs(partner.userId(), new NewComplaint(title(description), stored, category.code(),
                Priority.MEDIUM.code(), location,
                coordinates == null ? null : coordinates.latitude(), coordinates == null ? null : coordinates.longitude(),
                ward == null ? null : ward.wardNumber(), ward == null ? null : ward.cityCorporation(),
                answers(category, form.attributes())));
        return new FiledRequest(complaint.trackingNumber(), notice(complaint.cityCorporation(), complaint.wardNumber(), locale));
    }

    /** Attributes the service definition does not list are ignored: civic apps send their own, as the spec allows. */
    private java.util.Map<String, String> answers(bd.gov.cleancare.complaints.Category category, java.util.Map<String, String> attributes) {
        if (attributes == null || attributes.isEmpty()) {
            return java.util.Map.of();
        }
        var asked = questions.of(category).stream().map(bd.gov.cleancare.complaints.CategoryQuestions.Question::code)
                .collect(java.util.stream.Collectors.toSet());
        var answers = new java.util.LinkedHashMap<String, String>(attributes);
        answers.keySet().retainAll(asked);
        return answers;
    }

    private PartnerKey partner(String apiKey) {
        if (blank(apiKey)) {
            throw new Forbidden("open311.api-key.missing");
        }
        var presented = apiKey.strip();
        var key = ApiKey.wellFormed(presented) ? keys.use(ApiKey.hash(presented), clock.instant()) : Optional.<PartnerKey>empty();
        if (key.isEmpty() || users.find(key.get().userId()).filter(UserView::isActive).isEmpty()) {
            throw new Forbidden("open311.api-key.invalid");
        }
        return key.get();
    }

    private ServiceRequest view(PublicComplaint c) {
        var closed = !c.status().isOpen();
        var updated = closed && c.resolvedAt() != null ? c.resolvedAt() : c.updatedAt();
        return new ServiceRequest(c.trackingNumber(), closed ? "closed" : "open", null,
                catalogue.service(c.category()).serviceName(), c.category().code(), Redaction.publicText(c.description()),
                agency(c.cityCorporation(), c.wardNumber()), null, dhaka(c.createdAt()), dhaka(updated),
                c.resolutionDueAt() == null ? null : dhaka(c.resolutionDueAt()),
                Redaction.publicText(c.location()), null, null, plain(c.latitude()), plain(c.longitude()),
                urls.absolute(c.imageUrl()), c.reportedBy());
    }

    /** The corporation and ward in English, e.g. "Dhaka South City Corporation, Ward 12". */
    private String agency(String corporation, String ward) {
        if (corporation == null) {
            return null;
        }
        var name = geography.cityCorporations().stream().filter(cc -> cc.code().equals(corporation)).findFirst()
                .map(CityCorporation::nameEn).orElse(corporation);
        return ward == null ? name : name + ", Ward " + ward;
    }

    private String notice(String corporation, String ward, Locale locale) {
        boolean bengali = Languages.BENGALI.getLanguage().equals(locale.getLanguage());
        var agency = corporation == null ? null : geography.cityCorporations().stream()
                .filter(cc -> cc.code().equals(corporation)).findFirst()
                .map(cc -> (bengali ? cc.nameBn() : cc.nameEn())
                        + (ward == null ? "" : bengali ? ", ওয়ার্ড " + Digits.toBengali(ward) : ", Ward " + ward))
                .orElse(null);
        return agency == null
                ? messages.getMessage("open311.notice.filed.city", null, locale)
                : messages.getMessage("open311.notice.filed", new Object[] {agency}, locale);
    }

    private WardRef ward(String corporation, String wardNumber) {
        if (blank(wardNumber)) {
            return null;
        }
        if (corporation == null) {
            throw RuleViolated.onField("jurisdiction_id", "open311.ward.needs-jurisdiction");
        }
        return geography.requireWard(corporation, wardNumber);
    }

    private static String description(String raw) {
        if (blank(raw)) {
            throw RuleViolated.onField("description", "validation.NotBlank");
        }
        var description = raw.strip();
        if (description.codePointCount(0, description.length()) > MAX_DESCRIPTION) {
            throw RuleViolated.onField("description", "validation.Size.max", MAX_DESCRIPTION);
        }
        return description;
    }

    /** The spec's location: lat and long, or address_string; the city keeps no address ids. */
    private static String location(NewServiceRequest form, Coordinates coordinates) {
        if (!blank(form.addressString())) {
            return form.addressString().strip();
        }
        if (coordinates != null) {
            return plain(coordinates.latitude()).toPlainString() + ", " + plain(coordinates.longitude()).toPlainString();
        }
        if (!blank(form.addressId())) {
            throw RuleViolated.onField("address_id", "open311.address-id.unsupported");
        }
        throw new RuleViolated("open311.location.required");
    }

    /** A title for staff lists: the description's start, phone numbers masked, cut at a word. */
    static String title(String description) {
        var flat = Redaction.publicText(description).replaceAll("\\s+", " ").strip();
        if (flat.codePointCount(0, flat.length()) <= TITLE_LENGTH) {
            return flat;
        }
        int end = flat.offsetByCodePoints(0, TITLE_LENGTH);
        int space = flat.lastIndexOf(' ', end);
        return (space > end / 2 ? flat.substring(0, space) : flat.substring(0, end)).strip() + "…";
    }

    private static String mediaUrl(String raw) {
        var text = raw.strip();
        try {
            var uri = new URI(text);
            boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            if (web && uri.getHost() != null && text.length() <= MAX_MEDIA_URL) {
                return text;
            }
        } catch (URISyntaxException e) {
            // answered below like any other unusable address
        }
        throw RuleViolated.onField("media_url", "open311.media-url.invalid", MAX_MEDIA_URL);
    }

    private Set<Category> categories(String raw) {
        var categories = EnumSet.noneOf(Category.class);
        for (var code : list(raw)) {
            categories.add(catalogue.find(code).orElseThrow(() ->
                    RuleViolated.onField("service_code", "open311.service-code.unknown", code, catalogue.codes())));
        }
        return categories;
    }

    private static Set<Status> statuses(String raw) {
        var statuses = EnumSet.noneOf(Status.class);
        for (var status : list(raw)) {
            switch (status.toLowerCase(Locale.ROOT)) {
                case "open" -> statuses.addAll(List.of(Status.SUBMITTED, Status.IN_PROGRESS, Status.REOPENED));
                case "closed" -> statuses.addAll(List.of(Status.RESOLVED, Status.CANCELLED));
                default -> throw RuleViolated.onField("status", "open311.status.invalid");
            }
        }
        return statuses;
    }

    private static List<String> list(String raw) {
        if (blank(raw)) {
            return List.of();
        }
        return List.copyOf(Arrays.stream(raw.split(",")).map(String::strip).filter(part -> !part.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    private static BigDecimal decimal(String field, String raw) {
        if (blank(raw)) {
            return null;
        }
        try {
            return new BigDecimal(Digits.toAscii(raw.strip()));
        } catch (NumberFormatException e) {
            throw RuleViolated.onField(field, "problem.field.wrong-type");
        }
    }

    /** 23.80680000 → 23.8068, without the exponent stripTrailingZeros alone gives to 90.00000000. */
    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
    }

    private static OffsetDateTime dhaka(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).atZone(ClockConfig.DHAKA).toOffsetDateTime();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
