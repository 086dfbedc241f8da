package bd.gov.cleancare.geography;

public record Zone(String cityCorporation, int zoneNumber, String nameBn, String nameEn) {
}
