package bd.gov.cleancare.complaints;

import bd.gov.cleancare.platform.text.StoredValue;
import java.text.Normalizer;

/** The seed's complaint categories. */
public enum Category implements StoredValue {
    CLEANLINESS("cleanliness", "পরিচ্ছন্নতা"),
    WASTE_MANAGEMENT("waste_management", "বর্জ্য ব্যবস্থাপনা"),
    WATER_SUPPLY("water_supply", "পানি সরবরাহ"),
    ROADS("roads", "রাস্তাঘাট"),
    ELECTRICITY("electricity", "বিদ্যুৎ"),
    OTHER("other", "অন্যান্য");

    private final String code;
    private final String stored;

    Category(String code, String stored) {
        this.code = code;
        this.stored = Normalizer.normalize(stored, Normalizer.Form.NFC);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String stored() {
        return stored;
    }
}
