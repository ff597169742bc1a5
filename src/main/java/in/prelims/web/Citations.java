package in.prelims.web;

import in.prelims.fact.FactView.SourceRef;
import in.prelims.fact.SlotFormat;
import java.util.Collection;
import java.util.stream.Collectors;

/** The provenance line of a question as plain text, the same on papers, cards and exports. */
public final class Citations {

    private Citations() {}

    /** "Press Information Bureau, 12 July 2017: Cabinet apprised of ..." */
    public static String of(SourceRef source) {
        return source.publisher() + ", " + SlotFormat.longDate(source.published()) + ": " + source.title();
    }

    /** Each source's citation, joined by "; ". */
    public static String all(Collection<SourceRef> sources) {
        return sources.stream().map(Citations::of).collect(Collectors.joining("; "));
    }
}
