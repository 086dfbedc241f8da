package bd.gov.cleancare.waste;

import java.math.BigDecimal;

/**
 * A station as staff create or edit it; on an edit a null keeps the field. Status is operational or
 * maintenance (full follows from the load); times as "06:00"; the zone follows from the ward.
 */
public record StationForm(String name, String nameEn, String cityCorporation, String wardNumber, String location, BigDecimal latitude,
        BigDecimal longitude, BigDecimal capacityTonnes, String status, String opensAt, String closesAt, Integer clearanceIntervalHours) {
}
