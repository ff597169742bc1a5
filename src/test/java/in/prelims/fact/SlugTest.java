package in.prelims.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand check of a slug accepts what {@link SourceFileReader#SLUG} matches, and nothing else. */
class SlugTest {

    @Test
    void acceptsWhatThePatternMatches() {
        Random random = new Random(3);
        String alphabet = "az09--A_ .é";
        int slugs = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(8); n > 0; n--) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String t = text.toString();
            boolean expected = SourceFileReader.SLUG.matcher(t).matches();
            assertThat(SourceFileReader.isSlug(t)).as(t).isEqualTo(expected);
            if (expected) slugs++;
        }
        assertThat(slugs).isGreaterThan(1_000);
    }
}
