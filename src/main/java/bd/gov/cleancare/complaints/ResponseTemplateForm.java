package bd.gov.cleancare.complaints;

/** A template as a super admin sends it; on a change, a null field keeps its value and an empty category means any. */
public record ResponseTemplateForm(String category, String status, String title, String textBn, String textEn, Boolean isActive) {
}
