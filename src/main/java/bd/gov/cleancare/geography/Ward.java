package bd.gov.cleancare.geography;

public record Ward(String cityCorporation, String wardNumber, int zoneNumber, String nameBn, String nameEn) {
}
