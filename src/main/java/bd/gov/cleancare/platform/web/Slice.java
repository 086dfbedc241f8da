package bd.gov.cleancare.platform.web;

import java.util.List;
import java.util.function.Function;

/**
 * A page of rows and the total count, as a use case returns it; the API turns it into a {@link Page}.
 * {@code capped}: counting stopped at a limit (large result sets), so {@code count} is a lower bound.
 */
public record Slice<T>(long count, List<T> items, boolean capped) {

    public Slice(long count, List<T> items) {
        this(count, items, false);
    }

    public <R> Slice<R> map(Function<T, R> mapper) {
        return new Slice<>(count, items.stream().map(mapper).toList(), capped);
    }
}
