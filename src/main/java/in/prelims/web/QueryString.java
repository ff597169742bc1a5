package in.prelims.web;

import in.prelims.fact.Period;
import in.prelims.generation.Kind;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds a URL query string; empty values are left out. */
public final class QueryString {

    private final StringBuilder query = new StringBuilder();

    public QueryString add(String name, String value) {
        if (!value.isEmpty()) {
            query.append(query.isEmpty() ? "" : "&")
                    .append(name)
                    .append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return this;
    }

    /** The question-engine filters shared by decks, worksheets and exports, in one canonical order. */
    public QueryString addQuestionFilters(
            int count, long seed, Set<Kind> kinds, Set<String> topics, Set<String> sources, Period period) {
        return add("count", String.valueOf(count))
                .add("seed", String.valueOf(seed))
                .add("kinds", kinds.stream().map(Kind::slug).sorted().collect(Collectors.joining(",")))
                .add("topics", String.join(",", topics))
                .add("sources", String.join(",", sources))
                .add("period", period.slug());
    }

    @Override
    public String toString() {
        return query.toString();
    }
}
