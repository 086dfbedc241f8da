package bd.gov.cleancare.complaints;

/** A file as a client uploaded it; the name is only a label. */
public record Upload(String name, byte[] content) {
}
