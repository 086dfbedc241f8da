package bd.gov.cleancare.emergency;

import bd.gov.cleancare.platform.text.StoredValue;
import java.text.Normalizer;

/** The seed's emergency statuses: submitted → in_progress → resolved. */
public enum EmergencyStatus implements StoredValue {
    SUBMITTED("submitted", "জমা দেওয়া হয়েছে"),
    IN_PROGRESS("in_progress", "প্রক্রিয়াধীন"),
    RESOLVED("resolved", "সমাধান হয়েছে");

    private final String code;
    private final String stored;

    EmergencyStatus(String code, String stored) {
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
