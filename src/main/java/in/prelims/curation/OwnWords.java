package in.prelims.curation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Finds runs of eight or more words a fact copies from its document. */
final class OwnWords {

    static final int RUN = 8;

    private OwnWords() {}

    /** The first copied run of {@link #RUN} words, or null when the text is in its own words. */
    static String copiedRun(String factText, String document) {
        List<String> doc = words(document);
        Set<String> runs = new HashSet<>();
        for (int i = 0; i + RUN <= doc.size(); i++) runs.add(String.join(" ", doc.subList(i, i + RUN)));
        List<String> fact = words(factText);
        for (int i = 0; i + RUN <= fact.size(); i++) {
            String run = String.join(" ", fact.subList(i, i + RUN));
            if (runs.contains(run)) return run;
        }
        return null;
    }

    private static List<String> words(String text) {
        return new ArrayList<>(Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}₹.]+"))
                .map(w -> w.replaceAll("^\\.+|\\.+$", ""))
                .filter(w -> !w.isEmpty())
                .toList());
    }
}
