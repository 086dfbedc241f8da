package bd.gov.cleancare.platform.web;

import bd.gov.cleancare.platform.errors.NotFound;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** One page of a list, shaped as the seed's clients expect: {count, next, previous, results}. */
public record Page<T>(long count, String next, String previous, List<T> results,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean countCapped) {

    /** Links are built from the current request, so filters and ordering carry over. */
    public static <T> Page<T> of(PageQuery query, Slice<T> slice) {
        long count = slice.count();
        if (query.page() > 1 && query.offset() >= count) {
            throw new NotFound("problem.page-not-found");
        }
        String next = query.offset() + slice.items().size() < count ? link(query.page() + 1) : null;
        String previous = query.page() > 1 ? link(query.page() - 1) : null;
        return new Page<>(count, next, previous, slice.items(), slice.capped());
    }

    /** A short list given whole (reference data). */
    public static <T> Page<T> all(List<T> items) {
        return new Page<>(items.size(), null, null, items, false);
    }

    private static String link(int page) {
        var builder = ServletUriComponentsBuilder.fromCurrentRequest();
        if (page == 1) {
            builder.replaceQueryParam("page");
        } else {
            builder.replaceQueryParam("page", page);
        }
        return builder.build().toUriString();
    }
}
