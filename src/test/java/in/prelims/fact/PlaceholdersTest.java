package in.prelims.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The hand scan finds what {@link Fact#PLACEHOLDER} finds, and the same stray braces; a fact renders as
 * the pattern's replacement did.
 */
class PlaceholdersTest {

    @Test
    void findsWhatThePatternFinds() {
        Random random = new Random(5);
        String alphabet = "{}{}ab-_Z9 .é{";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(14); n > 0; n--)
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String t = text.toString();
            Set<String> names = new LinkedHashSet<>();
            Matcher m = Fact.PLACEHOLDER.matcher(t);
            while (m.find()) names.add(m.group(1));
            String stripped = m.replaceAll("");
            Placeholders scanned = Placeholders.of(t);
            assertThat(scanned.names()).as(t).containsExactlyElementsOf(names);
            assertThat(scanned.strayBrace()).as(t).isEqualTo(stripped.contains("{") || stripped.contains("}"));
        }
    }

    @Test
    void factRendersAsThePatternReplaced() {
        Random random = new Random(7);
        String alphabet = "{}{}ab-_Z9 .é{$\\";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(16); n > 0; n--)
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String t = text.toString();
            Map<String, Slot> slots = new HashMap<>();
            for (String name : Placeholders.of(t).names())
                slots.put(name, new Slot(name, "thing", SlotKind.ENTITY, "v$1\\" + name, null, null, null, null));
            Fact fact = new Fact(
                    "f", t, null, slots, Map.of(), Map.of(), List.of(), null, null, Map.of(), null, null, null, "x", 1);
            assertThat(fact.render())
                    .as(t)
                    .isEqualTo(expected(t, name -> slots.get(name).display()));
            if (!slots.isEmpty()) {
                String blanked = slots.keySet().iterator().next();
                assertThat(fact.renderBlank(blanked, "___"))
                        .as(t)
                        .isEqualTo(expected(
                                t,
                                name -> name.equals(blanked)
                                        ? "___"
                                        : slots.get(name).display()));
            }
        }
    }

    /** The text as the pattern's replacement fills it. */
    private static String expected(String text, Function<String, String> shown) {
        Matcher m = Fact.PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(shown.apply(m.group(1))));
        m.appendTail(out);
        return out.toString();
    }
}
