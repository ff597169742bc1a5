package in.prelims.worksheet;

import in.prelims.error.InvalidInputException;
import in.prelims.fact.Period;
import in.prelims.generation.Kind;
import in.prelims.generation.QuestionRequest;
import in.prelims.generation.Seeds;
import in.prelims.marking.Marking;
import in.prelims.web.QueryParams;
import in.prelims.web.QueryString;
import java.util.Set;

/**
 * A validated worksheet request; every bad value is a 400 naming its parameter.
 *
 * @param institute blank when not given; then the header leaves it out
 * @param teacher   true for the teacher's copy, which adds each set's key and explanations
 */
public record WorksheetOptions(
        String title,
        String institute,
        int count,
        long seed,
        Set<Kind> kinds,
        Set<String> topics,
        Set<String> sources,
        Period period,
        int sets,
        int durationMinutes,
        Marking marking,
        boolean teacher) {

    static final int DEFAULT_COUNT = 25;
    static final int MAX_SETS = 6;
    static final int MAX_TEXT = 120;
    static final int MAX_MINUTES = 300;

    public static WorksheetOptions parse(WorksheetParams p, String defaultTitle) {
        Set<Kind> kinds = p.kinds();
        if (!kinds.stream().allMatch(Kind::hasOptionsToChoose)) {
            throw new InvalidInputException(
                    "kinds",
                    "kinds: a worksheet holds exam questions with options; flashcards are printed at /flashcards");
        }
        int count = p.count(DEFAULT_COUNT, QuestionRequest.MAX_COUNT);
        int defaultMinutes = Math.max(5, (int) Math.round(count * 1.2));
        return new WorksheetOptions(
                QueryParams.text("title", p.title, defaultTitle, MAX_TEXT),
                QueryParams.text("institute", p.institute, "", MAX_TEXT),
                count,
                p.seed(Seeds.DEFAULT),
                kinds,
                p.topics(),
                p.sources(),
                p.period(),
                QueryParams.integer("sets", p.sets, 1, 1, MAX_SETS),
                QueryParams.integer("duration", p.duration, defaultMinutes, 1, MAX_MINUTES),
                Marking.preset("marking", p.marking, Marking.UPSC_GS),
                "teacher".equals(QueryParams.choice("copy", p.copy, "student", "teacher", "student")));
    }

    /** The canonical query of these options; {@code copy} is left for the link to add. */
    public String query() {
        QueryString q = new QueryString();
        q.add("title", title);
        q.add("institute", institute);
        q.addQuestionFilters(count, seed, kinds, topics, sources, period);
        q.add("sets", String.valueOf(sets));
        q.add("duration", String.valueOf(durationMinutes));
        q.add("marking", marking.slug());
        return q.toString();
    }

    /** The filters and the marking, for the same questions as an LMS export. */
    String exportQuery() {
        QueryString q = new QueryString();
        q.addQuestionFilters(count, seed, kinds, topics, sources, period);
        q.add("marking", marking.slug());
        return q.toString();
    }
}
