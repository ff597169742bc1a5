package in.prelims.generation.distractor;

import in.prelims.fact.Entity;
import in.prelims.fact.Fact;
import in.prelims.fact.Gazetteer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The countries a fact's own wording names, directly ("India–Bangladesh") or through an entity of
 * theirs ("CERT-In" is India's). Offering one of them as the wrong answer for the fact's country slot
 * is absurd: India cannot be the partner of India's own agreement.
 */
final class NamedCountries {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Every gazetteer entity that has a country, its names already in {@link #words} form. */
    private final List<NamedEntity> entities = new ArrayList<>();
    /** By fact id: hashing a whole fact record on every look-up would cost more than the look-up saves. */
    private final Map<String, Set<String>> byFact = new ConcurrentHashMap<>();

    private record NamedEntity(String country, List<String> names) {}

    NamedCountries(Gazetteer gazetteer) {
        for (Entity entity : gazetteer.all()) {
            if (entity.country() == null) continue;
            entities.add(new NamedEntity(
                    entity.country(),
                    entity.allNames().stream().map(NamedCountries::words).toList()));
        }
    }

    /** The names of the countries the fact's text names outside its slots. */
    Set<String> of(Fact fact) {
        return byFact.computeIfAbsent(fact.id(), id -> find(fact));
    }

    private Set<String> find(Fact fact) {
        String text = words(PLACEHOLDER.matcher(fact.text()).replaceAll(" "));
        Set<String> out = new HashSet<>();
        for (NamedEntity entity : entities) {
            if (out.contains(entity.country())) continue;
            for (String name : entity.names()) {
                if (text.contains(name)) {
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
                + NOT_LETTERS_OR_DIGITS
                        .matcher(text.toLowerCase(Locale.ROOT))
                        .replaceAll(" ")
                        .trim() + " ";
    }
}
