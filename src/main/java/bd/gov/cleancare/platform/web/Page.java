package bd.gov.cleancare.platform.web;

import bd.gov.cleancare.platform.errors.NotFound;
import java.util.List;
import java.util.function.Function;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** One page of a list, shaped as the seed's clients expect: {count, next, previous, results}. */
public record Page<T>(long count, String next, String previous, List<T> results) {

    /** Links are built from the current request, so filters and ordering carry over. */
    public static <T> Page<T> of(PageQuery query, long count, List<T> results) {
        if (query.page() > 1 && query.offset() >= count) {
            throw new NotFound("problem.page-not-found");
        }
        String next = query.offset() + results.size() < count ? link(query.page() + 1) : null;
        String previous = query.page() > 1 ? link(query.page() - 1) : null;
        return new Page<>(count, next, previous, results);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(count, next, previous, results.stream().map(mapper).toList());
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
