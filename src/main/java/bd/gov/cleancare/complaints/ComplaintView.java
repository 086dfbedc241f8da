package bd.gov.cleancare.complaints;

/**
 * What a caller may see of a complaint: all of it (its citizen, staff who may handle it) or, for anyone
 * else, its public timeline.
 */
public sealed interface ComplaintView permits ComplaintDetail, TrackedComplaint {
}
