package in.prelims.web;

import in.prelims.generation.Kind;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The question filters of a request as typed: {@code count, seed, kinds, topics, sources}; parsed on use
 * by {@link QueryParams}. Used by the question API, worksheets, flashcards and exports.
 */
public class FilterParams {

    @RestQuery
    public String count;

    @RestQuery
    public String seed;

    @RestQuery
    public List<String> kinds;

    @RestQuery
    public List<String> topics;

    @RestQuery
    public List<String> sources;

    /** "true" for a detail drill: context facts too, not only core exam points. */
    @RestQuery
    public String detail;

    public int count(int defaultValue, int max) {
        return QueryParams.integer("count", count, defaultValue, 1, max);
    }

    /** The seed, or {@code absent} when the request has none; see {@link Seeds}. */
    public long seed(long absent) {
        return QueryParams.seed(seed, absent);
    }

    public Set<Kind> kinds() {
        return QueryParams.kinds(kinds);
    }

    public Set<String> topics() {
        return QueryParams.list(topics);
    }

    public Set<String> sources() {
        return QueryParams.list(sources);
    }

    public boolean detail() {
        return QueryParams.bool("detail", detail, false);
    }
}
