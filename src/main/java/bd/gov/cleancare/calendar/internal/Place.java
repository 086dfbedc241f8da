package bd.gov.cleancare.calendar.internal;

/**
 * Whose calendar is read. A ward sees national entries, its corporation's and its own; without a ward,
 * only city-wide entries (optionally of one corporation); staff may ask for every ward at once.
 */
public record Place(String cityCorporation, String wardNumber, boolean everyWard) {

    public static Place ward(String cityCorporation, String wardNumber) {
        return new Place(cityCorporation, wardNumber, false);
    }

    public static Place cityWide(String cityCorporation) {
        return new Place(cityCorporation, null, false);
    }

    public static Place everyWard(String cityCorporation) {
        return new Place(cityCorporation, null, true);
    }
}
