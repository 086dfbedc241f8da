package bd.gov.cleancare.platform.pages;

import java.util.List;
import java.util.Map;

/**
 * A refused form's messages, already in the page's language: per form field (the form's field
 * names) and for the whole form. Templates read it as {@code errors} (see fragments/form.html).
 */
public record FormErrors(String summary, Map<String, List<String>> fields) {

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public List<String> of(String field) {
        return fields.getOrDefault(field, List.of());
    }
}
