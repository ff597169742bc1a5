package in.prelims.curation;

import in.prelims.fact.Entity;
import in.prelims.fact.Gazetteer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names a curator could add when an entity type has too few entries: gazetteer entities of a related
 * type or whose name carries the type's word ("... Mission" for {@code mission}), then names the
 * document itself mentions that the gazetteer lacks, those beside a name of the type first (a list's
 * other members).
 */
final class EntitySuggestions {

    static final int AT_MOST = 6;

    private EntitySuggestions() {}

    /**
     * @param document the document's text, or null when there is none
     * @param entities the draft's new entities: none is suggested again, and those of this type find their siblings
     */
    static List<String> of(String type, Gazetteer gazetteer, String document, List<Draft.DraftEntity> entities) {
        Set<String> drafted = new HashSet<>();
        Set<String> ofType = new HashSet<>();
        for (Draft.DraftEntity e : entities) {
            drafted.add(e.name());
            if (type.equals(e.type())) ofType.add(e.name());
        }
        Set<String> words = words(type);
        Set<String> out = new LinkedHashSet<>();
        for (Entity e : gazetteer.all()) {
            if (e.type().equals(type) || drafted.contains(e.name())) continue;
            boolean related = words(e.type()).stream().anyMatch(words::contains)
                    || words(e.name()).stream().anyMatch(words::contains);
            if (related) out.add(e.name() + " (in the gazetteer as " + e.type() + ")");
        }
        if (document != null) {
            Analysis analysis = Analyser.analyse(document, gazetteer);
            Set<Integer> siblings = sentencesNaming(analysis, known(type, gazetteer, ofType));
            analysis.candidates().stream()
                    .filter(c -> !drafted.contains(c.text()))
                    .sorted(Comparator.comparing((Analysis.Mention c) -> !siblings.contains(c.sentence()))
                            .thenComparing(c -> !fits(c, words)))
                    .forEach(c -> out.add(c.text() + " (in this document)"));
        }
        return out.stream().limit(AT_MOST).toList();
    }

    /** The names this type already has: its gazetteer entries and the draft's new ones. */
    private static Set<String> known(String type, Gazetteer gazetteer, Set<String> ofType) {
        Set<String> names = new LinkedHashSet<>(ofType);
        gazetteer.ofType(type).forEach(e -> names.addAll(e.allNames()));
        return names;
    }

    /** Sentences that name one of {@code names}: a list's other members stand beside them ("A, B and C"). */
    private static Set<Integer> sentencesNaming(Analysis analysis, Set<String> names) {
        Set<Integer> out = new HashSet<>();
        for (Analysis.Sentence s : analysis.sentences()) {
            if (names.stream().anyMatch(n -> s.text().contains(n))) out.add(s.index());
        }
        return out;
    }

    private static boolean fits(Analysis.Mention candidate, Set<String> words) {
        return words.contains(candidate.kind())
                || words(candidate.text()).stream().anyMatch(words::contains);
    }

    /** The words of a slug or name, lower case, without very short ones ("of", "in"). */
    private static Set<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z]+"))
                .filter(w -> w.length() > 3)
                .forEach(out::add);
        return out;
    }
}
