package bd.gov.cleancare.open311;

/** The answer to a POSTed request: its id (the complaint's tracking number) and what happens next. */
public record FiledRequest(String serviceRequestId, String serviceNotice) {
}
