package in.prelims.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The slot reader's hand check of a type name accepts what the slug pattern accepts, and nothing else. */
class SlotTypeNameTest {

    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]*");

    @Test
    void acceptsWhatThePatternAccepts() {
        Random random = new Random(11);
        String alphabet = "az09-_A Zé.";
        int accepted = 0;
        for (int i = 0; i < 100_000; i++) {
            StringBuilder type = new StringBuilder();
            for (int n = random.nextInt(6); n > 0; n--) type.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String t = type.toString();
            boolean expected = SLUG.matcher(t).matches();
            assertThat(SlotReader.isTypeName(t)).as("'%s'", t).isEqualTo(expected);
            if (expected) accepted++;
        }
        assertThat(accepted).as("the sample holds valid names too").isGreaterThan(1_000);
    }
}
