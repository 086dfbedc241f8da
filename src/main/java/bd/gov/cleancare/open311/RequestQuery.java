package bd.gov.cleancare.open311;

/**
 * GET requests' arguments as the client sent them: comma-separated service_request_id, service_code
 * and status lists, w3 start and end dates. Blank means not given.
 */
public record RequestQuery(String jurisdictionId, String serviceRequestIds, String serviceCodes, String startDate,
        String endDate, String statuses) {
}
