package bd.gov.cleancare.complaints;

import bd.gov.cleancare.platform.text.StoredValue;
import java.text.Normalizer;

/** The seed's complaint priorities, highest first. */
public enum Priority implements StoredValue {
    HIGH("high", "উচ্চ"),
    MEDIUM("medium", "মধ্যম"),
    LOW("low", "নিম্ন");

    private final String code;
    private final String stored;

    Priority(String code, String stored) {
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
