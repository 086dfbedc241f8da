package bd.gov.cleancare.dashboard.internal.reports;

import bd.gov.cleancare.dashboard.internal.reports.ReportContent.CategoryRow;
import bd.gov.cleancare.dashboard.internal.reports.ReportContent.DailyRow;
import bd.gov.cleancare.dashboard.internal.reports.ReportContent.Kpi;
import bd.gov.cleancare.dashboard.internal.reports.ReportContent.WardRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Report contents for tests: a month of a DSCC report, an empty one, and long daily series. */
final class ReportSamples {

    /** Conjuncts, reph and pre-base vowels a Bengali reader would notice if shaping broke. */
    static final String SHAPING_SAMPLE = "ক্ষমা অন্ন বর্জ্য ব্যবস্থাপনা কিশোর বৈঠক রাষ্ট্র স্বাস্থ্য ওয়ার্ড ১২";

    static final String TITLE_BN = "মাসিক অভিযোগ প্রতিবেদন";

    static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    static final LocalDate TO = LocalDate.of(2026, 11, 30);

    private static final List<String> WARD_NAMES = List.of("শাহবাগ", "ধানমন্ডি", "লালবাগ", "মতিঝিল", "সূত্রাপুর", "কামরাঙ্গীরচর",
            "ওয়ারী", "পল্টন", "রমনা", "খিলগাঁও", "যাত্রাবাড়ী", "মুগদা", "বাসাবো", "সবুজবাগ", "হাজারীবাগ", "কলাবাগান", "নিউমার্কেট",
            "চকবাজার", "বংশাল", "গেন্ডারিয়া", "কাকরাইল", "সেগুনবাগিচা", "বকশীবাজার", "আজিমপুর");

    private ReportSamples() {
    }

    static ReportContent aMonth() {
        return aMonthWith(SHAPING_SAMPLE, daily(FROM, 30));
    }

    static ReportContent aMonthWith(String scopeBn, List<DailyRow> daily) {
        var kpis = List.of(
                new Kpi("মোট অভিযোগ", "Complaints received", new BigDecimal("1234567"), "টি"),
                new Kpi("নিষ্পন্ন অভিযোগ", "Complaints resolved", new BigDecimal("1050"), "টি"),
                new Kpi("নিষ্পত্তির হার", "Resolution rate", new BigDecimal("85.1"), "%"),
                new Kpi("গড় নিষ্পত্তির সময়", "Average time to resolve", new BigDecimal("18.40"), "ঘণ্টা"),
                new Kpi("জরুরি অভিযোগ", "Urgent complaints", null, null));
        var wards = new ArrayList<WardRow>();
        for (int i = 0; i < WARD_NAMES.size(); i++) {
            long received = 180 - i * 6L;
            long resolved = received * (96 - i * 2L) / 100;
            var rate = BigDecimal.valueOf(resolved).divide(BigDecimal.valueOf(received), 4, RoundingMode.HALF_UP);
            wards.add(new WardRow(i + 1, i % 3 == 2 ? "DNCC" : "DSCC", Integer.toString(i * 3 + 12), WARD_NAMES.get(i), received,
                    resolved, rate, i == 5 ? null : new BigDecimal("12.5").add(BigDecimal.valueOf(i)),
                    i == 5 ? null : new BigDecimal("17.25").add(BigDecimal.valueOf(i * 1.5))));
        }
        var categories = List.of(
                new CategoryRow("বর্জ্য ব্যবস্থাপনা", "waste_management", 412, 380),
                new CategoryRow("পরিচ্ছন্নতা", "cleanliness", 305, 290),
                new CategoryRow("রাস্তাঘাট", "roads", 220, 141),
                new CategoryRow("পানি সরবরাহ", "water_supply", 180, 150),
                new CategoryRow("বিদ্যুৎ", "electricity", 77, 70),
                new CategoryRow("অন্যান্য", "other", 40, 19));
        return new ReportContent(TITLE_BN, "Monthly complaints report", "monthly", FROM, TO, scopeBn,
                "Dhaka South City Corporation, all wards", Instant.parse("2026-11-30T18:05:00Z"), kpis, wards, categories,
                daily);
    }

    static List<DailyRow> daily(LocalDate from, int days) {
        return IntStream.range(0, days)
                .mapToObj(i -> new DailyRow(from.plusDays(i), 30 + (i * 7) % 23 + (i % 7 == 5 ? 15 : 0), 25 + (i * 5) % 19))
                .toList();
    }

    static ReportContent empty() {
        return new ReportContent(null, null, null, null, null, null, null, null, List.of(), List.of(), List.of(), List.of());
    }

    static ReportContent nulls() {
        return new ReportContent(null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
