package bd.gov.cleancare.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.gov.cleancare.platform.errors.RuleViolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "01712345678        | +8801712345678",
            "8801712345678      | +8801712345678",
            "+8801712345678     | +8801712345678",
            "017-1234-5678      | +8801712345678",
            "0171 234 5678      | +8801712345678",
            "+88 017 1234 5678  | +8801712345678",
            "০১৭১২৩৪৫৬৭৮        | +8801712345678",
            "০১৭১২-৩৪৫৬৭৮       | +8801712345678",
            "+৮৮০১৯১২৩৪৫৬৭৮     | +8801912345678",
            "01312345678        | +8801312345678",
            "01512345678        | +8801512345678",
    })
    void bangladeshi_mobiles_are_normalised(String typed, String stored) {
        assertThat(PhoneNumber.parse("phone", typed).value()).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"01212345678", "01112345678", "0171234567", "017123456789", "+9101712345678", "phone",
            "+880171234567", "021234567", "০১২১২৩৪৫৬৭৮", "01712345678; DROP TABLE users"})
    void anything_else_is_refused_naming_the_field(String typed) {
        assertThatThrownBy(() -> PhoneNumber.parse("phone_number", typed))
                .isInstanceOfSatisfying(RuleViolated.class, e -> assertThat(e.fieldErrors()).containsKey("phone_number"));
    }
}
