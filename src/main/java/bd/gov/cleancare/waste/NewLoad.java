package bd.gov.cleancare.waste;

import java.math.BigDecimal;

/** A load logged at a station: arrival or departure (code or Bengali), when it happened (now if not given). */
public record NewLoad(String direction, String vehicleNumber, BigDecimal tonnes, String loggedAt, String note) {
}
