package bd.gov.cleancare.waste;

import bd.gov.cleancare.platform.text.StoredValue;
import java.text.Normalizer;

/** What a collection round picks up. */
public enum WasteType implements StoredValue {
    HOUSEHOLD("household", "গৃহস্থালি বর্জ্য"),
    MIXED("mixed", "মিশ্র বর্জ্য"),
    ORGANIC("organic", "জৈব বর্জ্য"),
    RECYCLABLE("recyclable", "পুনর্ব্যবহারযোগ্য বর্জ্য"),
    MEDICAL("medical", "চিকিৎসা বর্জ্য"),
    CONSTRUCTION("construction", "নির্মাণ বর্জ্য");

    private final String code;
    private final String stored;

    WasteType(String code, String stored) {
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
