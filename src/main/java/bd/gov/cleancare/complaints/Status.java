package bd.gov.cleancare.complaints;

import bd.gov.cleancare.platform.text.StoredValue;
import java.text.Normalizer;

/** The seed's complaint statuses. Open means the ward still has work to do. */
public enum Status implements StoredValue {
    SUBMITTED("submitted", "জমা দেওয়া হয়েছে"),
    IN_PROGRESS("in_progress", "প্রক্রিয়াধীন"),
    RESOLVED("resolved", "সমাধান হয়েছে"),
    CANCELLED("cancelled", "বাতিল"),
    /** The citizen (or the follow-up) said "not fixed" after it was resolved: the ward has work again. */
    REOPENED("reopened", "পুনরায় খোলা হয়েছে");

    private final String code;
    private final String stored;

    Status(String code, String stored) {
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

    public boolean isOpen() {
        return this == SUBMITTED || this == IN_PROGRESS || this == REOPENED;
    }

    /** Filed or re-opened: the response deadline runs until staff act on it. */
    public boolean awaitsResponse() {
        return this == SUBMITTED || this == REOPENED;
    }
}
