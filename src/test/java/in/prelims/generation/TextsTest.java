package in.prelims.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "USD 1,670.50 Million!|usd 1670.5 million",
                "usd 1670.5 million|usd 1670.5 million",
                "3.20 million|3.2 million",
                "3.0 million|3 million",
                "100 per cent|100 per cent",
                "India's 5G sector.|india s 5g sector",
                "India–Japan  MoU (2020)|india japan mou 2020",
                "1,2 and 3|1 2 and 3",
                "7 October 2020.|7 october 2020",
                "v1.10.0|v1 10",
                "(...)|''"
            })
    void normalisesCasePunctuationAndNumberFormats(String text, String expected) {
        assertEquals(expected, Texts.normalise(text));
    }

    @Test
    void findsPlaceholdersLikeThePattern() {
        for (String t :
                new String[] {"{statement}", "a {n} b", "{a-b_c}", "{}", "{ x }", "x {y", "y} {", "{{z}}", "plain"}) {
            assertEquals(Texts.PLACEHOLDER.matcher(t).find(), Texts.hasPlaceholder(t), t);
        }
    }

    @Test
    void findsWholeWordsOnly() {
        assertTrue(Texts.containsWords("Companies from China may not join India's 5G rollout.", "india"));
        assertFalse(Texts.containsWords("The Indian Ocean", "India"));
        assertFalse(Texts.containsWords("anything", " ... "));
    }
}
