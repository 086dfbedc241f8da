package bd.gov.cleancare.platform.jobs;

import tools.jackson.databind.JsonNode;

/** Does one kind of background job; throwing means "try again later" (until the job's attempts run out). */
public interface JobHandler {

    String kind();

    void run(JsonNode payload) throws Exception;

    /** Called once when the last attempt failed. */
    default void gaveUp(JsonNode payload, String error) {
    }
}
