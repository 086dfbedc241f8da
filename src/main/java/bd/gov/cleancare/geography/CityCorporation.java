package bd.gov.cleancare.geography;

public record CityCorporation(String code, String nameBn, String nameEn) {
}
