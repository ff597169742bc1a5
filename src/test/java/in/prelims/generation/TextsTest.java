package in.prelims.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import in.prelims.fact.Fact;
import in.prelims.fact.FactBaseLoader;
import in.prelims.fact.Slot;
import java.nio.file.Path;
import java.util.Random;
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

    /** A count of 7 as a key is printed by "7 pillars" or "seven", not by the day of a date. */
    @Test
    void aSmallNumberIsNotPrintedByTheDayOfADate() {
        for (String form : Texts.paddedForms("7")) {
            assertFalse(Texts.prints(Texts.padded("Approved on 7 October 2020."), form), form);
            assertFalse(Texts.prints(Texts.padded("Signed October 7, 2020"), form), form);
        }
        assertTrue(Texts.prints(Texts.padded("Built around 7 pillars."), " 7 "));
        assertTrue(Texts.prints(Texts.padded("7 pillars, set out on 7 October"), " 7 "));
        assertTrue(Texts.prints(Texts.padded("It has seven pillars."), " seven "));
        assertTrue(Texts.prints(Texts.padded("Signed on 7 October 2020"), " 2020 "));
        assertTrue(Texts.prints(Texts.padded("In 2017 it was 12"), " 12 "));
    }

    /** The table-driven normalise gives what the first, per-character version gave. */
    @Test
    void normalisesAsTheFirstVersionOverRandomTexts() {
        String alphabet = "aZ09 ,.,.,,..0005 1 2 3 -|'!()éÉİıßΣς٣४\u2013\u00a0\ud83d\ude00x";
        Random random = new Random(11);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(24); k > 0; k--)
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String t = text.toString();
            assertEquals(firstVersion(t), Texts.normalise(t), t);
        }
    }

    @Test
    void normalisesAsTheFirstVersionOverTheShippedFacts() {
        for (Fact fact : FactBaseLoader.load(Path.of("questions")).facts()) {
            for (String t : new String[] {fact.text(), fact.label(), fact.render()}) {
                assertEquals(firstVersion(t), Texts.normalise(t), t);
            }
            for (Slot slot : fact.slots().values())
                assertEquals(firstVersion(slot.display()), Texts.normalise(slot.display()));
        }
    }

    /** Texts.normalise as first written (StringBuilder, Character per character), the reference for the faster one. */
    static String firstVersion(String text) {
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        boolean numeric = true;
        int dot = -1;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
                numeric &= Character.isDigit(c);
                continue;
            }
            boolean afterDigit = i > 0 && Character.isDigit(text.charAt(i - 1));
            if (c == ',' && afterDigit && thousandsFollow(text, i)) continue;
            if (c == '.' && afterDigit && numeric && dot < 0 && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
                dot = out.length();
                out.append('.');
                continue;
            }
            if (numeric && dot >= 0) {
                while (out.length() - 1 > dot && out.charAt(out.length() - 1) == '0') out.setLength(out.length() - 1);
                if (out.length() - 1 == dot) out.setLength(dot);
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') out.append(' ');
            numeric = true;
            dot = -1;
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') end--;
        return out.substring(0, end);
    }

    private static boolean thousandsFollow(String text, int comma) {
        for (int k = 1; k <= 3; k++) {
            if (comma + k >= text.length() || !Character.isDigit(text.charAt(comma + k))) return false;
        }
        return comma + 4 >= text.length() || !Character.isDigit(text.charAt(comma + 4));
    }
}
