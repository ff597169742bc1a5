package in.prelims.flashcard;

import in.prelims.error.InvalidInputException;
import in.prelims.fact.Period;
import in.prelims.generation.Kind;
import in.prelims.generation.Seeds;
import in.prelims.web.QueryParams;
import in.prelims.web.QueryString;
import java.util.Arrays;
import java.util.Set;

/**
 * A validated deck request. Every bad value is a 400 naming its parameter.
 *
 * @param title blank for the default title
 */
record DeckOptions(
        int count,
        long seed,
        Set<Kind> kinds,
        Set<String> topics,
        Set<String> sources,
        Period period,
        int perPage,
        Paper paper,
        boolean duplex,
        boolean cutLines,
        String title) {

    static final int DEFAULT_COUNT = 40;
    /** The most cards one PDF holds: 40 duplex A4 pages at 10 per page. */
    static final int MAX_COUNT = 400;

    static final int MAX_TITLE = 80;

    static DeckOptions parse(DeckParams p) {
        String[] perPageChoices =
                Arrays.stream(CardLayout.PER_PAGE).mapToObj(String::valueOf).toArray(String[]::new);
        int perPage = Integer.parseInt(QueryParams.choice("perPage", p.perPage, "10", perPageChoices));
        int count = count(p);
        Set<Kind> kinds = p.kinds();
        return new DeckOptions(
                count,
                p.seed(Seeds.DEFAULT),
                kinds.isEmpty() ? Set.of(Kind.FLASHCARD) : kinds,
                p.topics(),
                p.sources(),
                p.period(),
                perPage,
                Paper.ofSlug(QueryParams.choice("paper", p.paper, "a4", Paper.slugs())),
                QueryParams.bool("duplex", p.duplex, true),
                QueryParams.bool("cutLines", p.cutLines, true),
                QueryParams.text("title", p.title, "", MAX_TITLE));
    }

    private static int count(DeckParams p) {
        try {
            return p.count(DEFAULT_COUNT, MAX_COUNT);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(
                    "count",
                    e.getMessage() + "; a deck holds at most " + MAX_COUNT
                            + " cards, so print a larger set as several decks with different topics or seeds");
        }
    }

    /** The canonical query string of these options, for links to the PDF and the print view. */
    String query() {
        QueryString q = new QueryString();
        q.addQuestionFilters(count, seed, kinds, topics, sources, period);
        q.add("perPage", String.valueOf(perPage));
        q.add("paper", paper.slug());
        q.add("duplex", String.valueOf(duplex));
        q.add("cutLines", String.valueOf(cutLines));
        q.add("title", title);
        return q.toString();
    }

    CardLayout layout() {
        return new CardLayout(paper, perPage);
    }
}
