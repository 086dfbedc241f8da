package bd.gov.cleancare.waste;

import bd.gov.cleancare.platform.text.StoredValue;
import java.text.Normalizer;

/** Whether a logged load came into a station or left it. */
public enum LoadDirection implements StoredValue {
    ARRIVAL("arrival", "আগমন"),
    DEPARTURE("departure", "প্রস্থান");

    private final String code;
    private final String stored;

    LoadDirection(String code, String stored) {
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
