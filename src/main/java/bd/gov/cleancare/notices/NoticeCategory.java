package bd.gov.cleancare.notices;

import bd.gov.cleancare.platform.text.StoredValue;
import java.text.Normalizer;

/** What a notice is about, as the city corporations' notice boards group them. */
public enum NoticeCategory implements StoredValue {
    GENERAL("general", "সাধারণ"),
    WASTE_COLLECTION("waste_collection", "বর্জ্য সংগ্রহ"),
    WATER_SUPPLY("water_supply", "পানি সরবরাহ"),
    ROADS("roads", "রাস্তাঘাট"),
    HEALTH("health", "স্বাস্থ্য"),
    MOSQUITO_CONTROL("mosquito_control", "মশা নিয়ন্ত্রণ"),
    TAX_AND_FEES("tax_and_fees", "কর ও ফি"),
    EVENT("event", "অনুষ্ঠান"),
    EMERGENCY("emergency", "জরুরি");

    private final String code;
    private final String stored;

    NoticeCategory(String code, String stored) {
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
