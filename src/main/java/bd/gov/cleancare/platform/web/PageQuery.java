package bd.gov.cleancare.platform.web;

import bd.gov.cleancare.platform.errors.RuleViolated;
import bd.gov.cleancare.platform.text.Digits;

/** page / page_size as the seed's PageNumberPagination reads them: page from 1, size 1–100, 20 by default. */
public record PageQuery(int page, int pageSize) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageQuery parse(String page, String pageSize) {
        int number = page == null || page.isBlank() ? 1 : positive("page", page);
        int size = pageSize == null || pageSize.isBlank() ? DEFAULT_SIZE : Math.min(positive("page_size", pageSize), MAX_SIZE);
        return new PageQuery(number, size);
    }

    public long offset() {
        return (long) (page - 1) * pageSize;
    }

    private static int positive(String field, String raw) {
        try {
            int value = Integer.parseInt(Digits.toAscii(raw.trim()));
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the field's name
        }
        throw RuleViolated.onField(field, "validation.page");
    }
}
