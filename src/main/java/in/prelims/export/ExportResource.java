package in.prelims.export;

import in.prelims.error.InvalidInputException;
import in.prelims.generation.Kind;
import in.prelims.generation.Question;
import in.prelims.generation.QuestionPicker;
import in.prelims.generation.QuestionRequest;
import in.prelims.generation.Seeds;
import in.prelims.marking.Marking;
import in.prelims.web.Downloads;
import in.prelims.web.FilterParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Questions for an LMS or Anki: {@code /export/gift}, {@code /export/moodle-xml}, {@code /export/anki},
 * {@code /export/csv}, each filtered by count, seed, kinds, topics and sources; GIFT and Moodle XML
 * carry the negative marking of {@code marking} (a preset slug, as for worksheets).
 */
@Path("/export")
public class ExportResource {

    static final int DEFAULT_COUNT = 20;
    static final String CATEGORY = "Prelims current affairs";

    @Inject
    QuestionPicker picker;

    static final String BOM = "\uFEFF";

    @GET
    @Path("/gift")
    public Response gift(@BeanParam FilterParams filters, @RestQuery String marking) {
        Marking scheme = marking(marking);
        List<Question> questions = questions(filters, Set.of(), "GIFT");
        return download(
                new GiftExporter(scheme).export(questions, CATEGORY), "text/plain; charset=utf-8", "gift", filters);
    }

    @GET
    @Path("/moodle-xml")
    public Response moodleXml(@BeanParam FilterParams filters, @RestQuery String marking) {
        Marking scheme = marking(marking);
        List<Question> questions = questions(filters, Set.of(), "Moodle XML");
        return download(
                new MoodleXmlExporter(scheme).export(questions, CATEGORY),
                "application/xml; charset=utf-8",
                "xml",
                filters);
    }

    /** Anki takes every kind; without {@code kinds} it gets flashcards. A marking is checked but has no field there. */
    @GET
    @Path("/anki")
    public Response anki(@BeanParam FilterParams filters, @RestQuery String marking) {
        marking(marking);
        List<Question> questions = questions(filters, Set.of(Kind.FLASHCARD), null);
        return download(
                new AnkiExporter().export(questions, CATEGORY),
                "text/tab-separated-values; charset=utf-8",
                "txt",
                filters);
    }

    @GET
    @Path("/csv")
    public Response csv(@BeanParam FilterParams filters, @RestQuery String marking) {
        marking(marking);
        List<Question> questions = questions(filters, Set.of(), null);
        // A byte-order mark first: Excel reads a CSV without one as the local code page and garbles – and ₹.
        return download(BOM + new CsvExporter().export(questions), "text/csv; charset=utf-8", "csv", filters);
    }

    /**
     * @param quizFormat the format's name when it only holds multiple-choice items (no flashcards), else null
     */
    private List<Question> questions(FilterParams filters, Set<Kind> defaultKinds, String quizFormat) {
        Set<Kind> wanted = filters.kinds();
        if (quizFormat != null && !wanted.stream().allMatch(Kind::hasOptionsToChoose)) {
            throw new InvalidInputException(
                    "kinds",
                    "kinds: flashcards have no options to choose from, so " + quizFormat
                            + " cannot hold them; export flashcards with /export/anki or /export/csv");
        }
        return picker.pick(
                filters.count(DEFAULT_COUNT, QuestionRequest.MAX_COUNT),
                filters.seed(Seeds.DEFAULT),
                wanted.isEmpty() ? defaultKinds : wanted,
                filters.topics(),
                filters.sources(),
                filters.period());
    }

    /** The worksheet's marking parameter; UPSC GS Paper I when absent. */
    private static Marking marking(String raw) {
        return Marking.preset("marking", raw, Marking.UPSC_GS);
    }

    private static Response download(String body, String type, String extension, FilterParams filters) {
        return Downloads.attachment(
                body, type, "prelims-questions-seed" + filters.seed(Seeds.DEFAULT) + "." + extension);
    }
}
