package bd.gov.cleancare.emergency;

import bd.gov.cleancare.platform.text.StoredValue;
import java.text.Normalizer;

/** The seed's emergency_type values. */
public enum EmergencyType implements StoredValue {
    FIRE("fire", "অগ্নিকাণ্ড"),
    MEDICAL("medical", "চিকিৎসা জরুরি"),
    POLICE("police", "পুলিশ"),
    NATURAL_DISASTER("natural_disaster", "প্রাকৃতিক দুর্যোগ"),
    OTHER("other", "অন্যান্য");

    private final String code;
    private final String stored;

    EmergencyType(String code, String stored) {
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
