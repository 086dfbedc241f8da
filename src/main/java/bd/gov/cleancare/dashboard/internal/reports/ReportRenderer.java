package bd.gov.cleancare.dashboard.internal.reports;

/** Lays a report out as a file. */
public interface ReportRenderer {

    /** "pdf" or "excel", as requested by clients. */
    String format();

    String mediaType();

    String extension();

    byte[] render(ReportContent content);
}
