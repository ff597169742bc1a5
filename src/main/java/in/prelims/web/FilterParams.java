package in.prelims.web;

import in.prelims.fact.Period;
import in.prelims.generation.Kind;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The question filters of a request as typed: {@code count, seed, kinds, topics, sources, period}; parsed on use
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

    /** {@code upsc} (the default: the forms the exam sets) or {@code practice} (true/false and cloze too). */
    @RestQuery
    public String style;

    /** When the facts' documents are dated: {@code last-7-days}, a month {@code 2020-10}, a year; empty for any time. */
    @RestQuery
    public String period;

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

    /** The kinds asked for; none named means the style's: empty (the exam's forms) or every kind with options. */
    public Set<Kind> kinds() {
        Set<Kind> chosen = QueryParams.kinds(kinds);
        return chosen.isEmpty() && QueryParams.practiceStyle(style) ? Set.copyOf(Kind.withOptions()) : chosen;
    }

    public Set<String> topics() {
        return QueryParams.list(topics);
    }

    public Set<String> sources() {
        return QueryParams.list(sources);
    }

    /** The period, relative to today in India; a 400 naming {@code period} for anything else. */
    public Period period() {
        return Period.parse("period", period, Period.today());
    }

    public boolean detail() {
        return QueryParams.bool("detail", detail, false);
    }
}
