package bd.gov.cleancare.open311.internal;

import bd.gov.cleancare.complaints.Category;
import bd.gov.cleancare.open311.ServiceType;
import bd.gov.cleancare.platform.errors.NotFound;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The complaint categories as GeoReport v2 services: the English code is the service_code, names
 * and descriptions are in Bengali and English so any civic app can show them as they are.
 */
@Component
public class ServiceCatalogue {

    /** Every service takes the optional ward_number attribute. */
    static final boolean METADATA = true;
    /** The tracking number comes back in the POST answer. */
    static final String TYPE = "realtime";

    private record Entry(Category category, String nameEn, String description, String keywords, String group) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry(Category.CLEANLINESS, "Cleanliness",
                    "রাস্তা, ফুটপাত, ড্রেন বা খোলা জায়গা অপরিষ্কার / Dirty streets, footpaths, drains or open spaces",
                    "cleanliness, dirty street, sweeping, drain, পরিচ্ছন্নতা, অপরিষ্কার, ঝাড়ু, ড্রেন", "sanitation"),
            new Entry(Category.WASTE_MANAGEMENT, "Waste management",
                    "ময়লা নেওয়া হয়নি, উপচে পড়া ডাস্টবিন বা যেখানে-সেখানে ময়লা ফেলা / Missed garbage collection, overflowing bins or dumping",
                    "garbage, waste, rubbish, bin, dumping, collection, বর্জ্য, ময়লা, আবর্জনা, ডাস্টবিন", "sanitation"),
            new Entry(Category.WATER_SUPPLY, "Water supply",
                    "পানি নেই, পাইপ লিক, দূষিত পানি বা জলাবদ্ধতা / No water, leaking pipes, dirty water or waterlogging",
                    "water, leak, pipe, waterlogging, পানি, লিক, পাইপ, জলাবদ্ধতা", "utilities"),
            new Entry(Category.ROADS, "Roads",
                    "গর্ত, ভাঙা রাস্তা বা ফুটপাত, খোলা ম্যানহোল / Potholes, broken roads or footpaths, open manholes",
                    "road, pothole, footpath, manhole, রাস্তা, গর্ত, ফুটপাত, ম্যানহোল", "streets"),
            new Entry(Category.ELECTRICITY, "Electricity",
                    "নষ্ট সড়কবাতি বা ঝুঁকিপূর্ণ বৈদ্যুতিক তার / Broken streetlights or dangerous electric wires",
                    "streetlight, street light, electric wire, electricity, বিদ্যুৎ, সড়কবাতি, বাতি, তার", "utilities"),
            new Entry(Category.OTHER, "Other",
                    "অন্য যেকোনো নাগরিক সমস্যা / Any other problem the city corporation should know about",
                    "other, অন্যান্য", "other"));

    public List<ServiceType> services() {
        return ENTRIES.stream().map(ServiceCatalogue::service).toList();
    }

    public ServiceType service(Category category) {
        return ENTRIES.stream().filter(entry -> entry.category() == category).findFirst().map(ServiceCatalogue::service)
                .orElseThrow();
    }

    /** A service_code in a path or a POST: an unknown one names a resource that does not exist (404, as the spec says). */
    public Category require(String serviceCode) {
        return find(serviceCode).orElseThrow(() -> new NotFound("open311.service-code.unknown", serviceCode, codes()));
    }

    public Optional<Category> find(String serviceCode) {
        if (serviceCode == null) {
            return Optional.empty();
        }
        var wanted = serviceCode.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(Category.values()).filter(category -> category.code().equals(wanted)).findFirst();
    }

    public String codes() {
        return String.join(", ", Arrays.stream(Category.values()).map(Category::code).toList());
    }

    private static ServiceType service(Entry entry) {
        return new ServiceType(entry.category().code(), entry.category().stored() + " / " + entry.nameEn(), entry.description(),
                METADATA, TYPE, entry.keywords(), entry.group());
    }
}
