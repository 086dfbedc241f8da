package bd.gov.cleancare.platform.pdf;


import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BengaliFormatTest {

    @Test
    void counts_use_bengali_digits_and_lakh_grouping() {
        assertThat(BengaliFormat.count(0)).isEqualTo("০");
        assertThat(BengaliFormat.count(999)).isEqualTo("৯৯৯");
        assertThat(BengaliFormat.count(1234)).isEqualTo("১,২৩৪");
        assertThat(BengaliFormat.count(123456)).isEqualTo("১,২৩,৪৫৬");
        assertThat(BengaliFormat.count(1234567)).isEqualTo("১২,৩৪,৫৬৭");
        assertThat(BengaliFormat.count(123456789)).isEqualTo("১২,৩৪,৫৬,৭৮৯");
        assertThat(BengaliFormat.count(-1234)).isEqualTo("-১,২৩৪");
    }

    @Test
    void rates_and_hours_keep_one_decimal_and_missing_values_show_a_dash() {
        assertThat(BengaliFormat.percent(new BigDecimal("0.8534"))).isEqualTo("৮৫.৩%");
        assertThat(BengaliFormat.percent(1, 3)).isEqualTo("৩৩.৩%");
        assertThat(BengaliFormat.percent(5, 0)).isEqualTo("—");
        assertThat(BengaliFormat.decimal(new BigDecimal("12345.25"), 1)).isEqualTo("১২,৩৪৫.৩");
        assertThat(BengaliFormat.decimal(null, 1)).isEqualTo("—");
        assertThat(BengaliFormat.number(new BigDecimal("18.40"))).isEqualTo("১৮.৪");
        assertThat(BengaliFormat.number(new BigDecimal("1050"))).isEqualTo("১,০৫০");
    }

    @Test
    void dates_are_written_with_bengali_month_names_and_times_in_dhaka() {
        assertThat(BengaliFormat.period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)))
                .isEqualTo("১ নভেম্বর ২০২৬ – ৩০ নভেম্বর ২০২৬");
        assertThat(BengaliFormat.shortDate(LocalDate.of(2026, 2, 14))).isEqualTo("১৪ ফেব্রু");
        assertThat(BengaliFormat.dateTime(Instant.parse("2026-11-30T18:05:00Z"))).isEqualTo("১ ডিসেম্বর ২০২৬, ০০:০৫ (ঢাকা সময়)");
        assertThat(BengaliFormat.date(null)).isEqualTo("—");
    }
}
