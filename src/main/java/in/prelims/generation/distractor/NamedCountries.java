package in.prelims.generation.distractor;

import in.prelims.fact.Entity;
import in.prelims.fact.Fact;
import in.prelims.fact.Gazetteer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The countries a fact's own wording names, directly ("India–Bangladesh") or through an entity of
 * theirs ("CERT-In" is India's). Offering one of them as the wrong answer for the fact's country slot
 * is absurd: India cannot be the partner of India's own agreement.
 */
final class NamedCountries {

    private final Gazetteer gazetteer;
    /** By fact id: hashing a whole fact record on every look-up would cost more than the look-up saves. */
    private final Map<String, Set<String>> byFact = new ConcurrentHashMap<>();

    NamedCountries(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The names of the countries the fact's text names outside its slots. */
    Set<String> of(Fact fact) {
        return byFact.computeIfAbsent(fact.id(), id -> find(fact));
    }

    private Set<String> find(Fact fact) {
        String text = words(fact.text().replaceAll("\\{[^}]*}", " "));
        Set<String> out = new HashSet<>();
        for (Entity entity : gazetteer.all()) {
            if (entity.country() == null) continue;
            for (String name : entity.allNames()) {
                if (text.contains(words(name))) {
                    out.add(entity.country());
                    break;
                }
            }
        }
        return out;
    }

    /** Lower case, letters and digits only, one space between words and at both ends. */
    private static String words(String text) {
        return " "
                + text.toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N}]+", " ")
                        .trim() + " ";
    }
}
