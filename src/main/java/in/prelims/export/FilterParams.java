package in.prelims.export;

import in.prelims.generation.Kind;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.RestQuery;

/** The question filters of a request as typed: {@code count, seed, kinds, topics, sources}; parsed on use. */
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

    public int count(int defaultValue, int max) {
        return QueryParams.integer("count", count, defaultValue, 1, max);
    }

    public long seed() {
        return QueryParams.seed(seed);
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
}
