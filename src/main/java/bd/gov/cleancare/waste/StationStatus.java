package bd.gov.cleancare.waste;

import bd.gov.cleancare.platform.text.StoredValue;
import java.text.Normalizer;

/** A transfer station's state: staff set operational or maintenance; full is read from the load. */
public enum StationStatus implements StoredValue {
    OPERATIONAL("operational", "চালু"),
    FULL("full", "পূর্ণ"),
    MAINTENANCE("maintenance", "রক্ষণাবেক্ষণ");

    private final String code;
    private final String stored;

    StationStatus(String code, String stored) {
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
