package in.prelims.fact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How current the live fact base is, for pages: the newest document's date, and the periods a form
 * offers with how many facts each holds ({@code inject:freshness} in templates).
 */
@ApplicationScoped
@Named("freshness")
public class Freshness {

    /** The "last N days" a form offers before the months. */
    static final List<Integer> RECENT_DAYS = List.of(7, 30);

    @Inject
    LiveFacts live;

    /** A period a form offers: its slug, its words and its number of facts (0: say so, do not hide it). */
    public record Choice(String slug, String label, int facts) {}

    /** "8 October 2020", or empty when the base has no document. */
    public String newest() {
        return live.current().newestDocument().map(SlotFormat::longDate).orElse("");
    }

    /** Whole days from the newest document to today (India), for "how current". */
    public long daysOld() {
        return live.current()
                .newestDocument()
                .map(d -> ChronoUnit.DAYS.between(d, Period.today()))
                .orElse(0L);
    }

    public List<Choice> choices() {
        FactBase base = live.current();
        List<Choice> out = new ArrayList<>();
        for (int days : RECENT_DAYS) {
            Period p = Period.lastDays(days, Period.today());
            out.add(new Choice(
                    p.slug(), "Last " + days + " days", base.factsIn(p).size()));
        }
        months(base)
                .forEach((month, facts) ->
                        out.add(new Choice(month.toString(), Period.month(month).describe(), facts)));
        return out;
    }

    /** The plain answer when a period holds no facts: what was asked, how current the base is, what to choose. */
    public static String noFacts(Period period, FactBase base) {
        String newest = base.newestDocument()
                .map(d -> "; the newest is dated " + SlotFormat.longDate(d)
                        + ". Choose a month with documents, such as " + YearMonth.from(d) + ", or any time")
                .orElse("");
        return "No document in the fact base is dated in " + period.describe() + newest + ".";
    }

    /** Each month with documents, newest first, with its number of facts. */
    public static Map<YearMonth, Integer> months(FactBase base) {
        Map<YearMonth, Integer> months = new TreeMap<>(Comparator.reverseOrder());
        for (Fact f : base.facts()) months.merge(YearMonth.from(f.source().published()), 1, Integer::sum);
        return months;
    }

    /** The months as choices, for links to their compilations. */
    public List<Choice> months() {
        List<Choice> out = new ArrayList<>();
        months(live.current())
                .forEach((m, n) ->
                        out.add(new Choice(m.toString(), Period.month(m).describe(), n)));
        return out;
    }
}
