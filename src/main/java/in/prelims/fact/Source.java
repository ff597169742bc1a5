package in.prelims.fact;

import java.time.LocalDate;
import java.util.List;

/**
 * The document a set of facts was written from; its citation is what users see.
 *
 * @param reliability {@code official} (a government release), {@code press} (a newspaper of record),
 *                    {@code secondary} (a coaching or news summary) or {@code unattributed}; default {@code secondary}
 */
public record Source(
        String id,
        String title,
        String publisher,
        LocalDate published,
        String document,
        List<String> topics,
        String reliability) {

    public static final String UNATTRIBUTED = "unattributed";
    static final List<String> RELIABILITIES = List.of("official", "press", "secondary", UNATTRIBUTED);

    public Source(
            String id, String title, String publisher, LocalDate published, String document, List<String> topics) {
        this(id, title, publisher, published, document, topics, "secondary");
    }

    /** "Press Information Bureau, 12 July 2017: Cabinet apprised of ..." */
    public String citation() {
        String cited = publisher + ", " + SlotFormat.longDate(published) + ": " + title;
        return UNATTRIBUTED.equals(reliability) ? cited + " (unattributed; figures not confirmed elsewhere)" : cited;
    }
}
