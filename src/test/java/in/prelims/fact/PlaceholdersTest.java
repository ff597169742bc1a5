package in.prelims.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The hand scan finds what {@link Fact#PLACEHOLDER} finds, and the same stray braces. */
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
}
