package in.prelims.fact;

import java.time.LocalDate;
import java.util.List;

/** The document a set of facts was written from; its citation is what users see. */
public record Source(
        String id, String title, String publisher, LocalDate published, String document, List<String> topics) {

    /** "Press Information Bureau, 12 July 2017: Cabinet apprised of ..." */
    public String citation() {
        return publisher + ", " + SlotFormat.longDate(published) + ": " + title;
    }
}
