package in.prelims.flashcard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextFitTest {

    private final CardLayout tenPerPage = new CardLayout(Paper.A4, 10);

    @Test
    void shortTextGetsTheLargestStep() {
        Card card = new Card(
                1, "Who chairs NITI Aayog?", List.of(), "The Prime Minister", "The Prime Minister chairs it.", "PIB");
        assertEquals("fit-0", TextFit.front(card, tenPerPage));
    }

    @Test
    void longerTextGetsSmallerStepsAndTheLongestTheSmallest() {
        String sentence =
                "India and Japan signed a memorandum of cooperation in the field of cyber security in October 2020. ";
        int previous = -1;
        for (int repeat = 1; repeat <= 12; repeat++) {
            Card card = new Card(1, sentence.repeat(repeat), List.of(), "Answer", "Fact", "Source");
            int step = Integer.parseInt(TextFit.front(card, tenPerPage).substring(4));
            assertTrue(step >= previous, "a longer text never gets a larger font");
            previous = step;
        }
        assertEquals(TextFit.STEPS_PT.length - 1, previous);
    }

    @Test
    void chosenStepFitsTheBoxByTheSameMeasure() {
        String fact =
                "The MoU between CERT-In and Bangladesh's BGD e-Gov CIRT was signed on 8 April 2017 in New Delhi.";
        for (int perPage : CardLayout.PER_PAGE) {
            CardLayout layout = new CardLayout(Paper.A4, perPage);
            List<TextFit.Paragraph> paragraphs = List.of(new TextFit.Paragraph(fact, 1, false));
            int step = TextFit.step(paragraphs, layout.textWidthMm(), layout.textHeightMm());
            assertTrue(TextFit.heightMm(paragraphs, layout.textWidthMm() * 0.94, TextFit.STEPS_PT[step])
                    <= layout.textHeightMm());
        }
    }

    @Test
    void aCardTooLongForItsBoxEvenAtTheSmallestSizeDoesNotFit() {
        Card shortCard =
                new Card(1, "Who chairs NITI Aayog?", List.of(), "The Prime Minister", "The PM chairs it.", "PIB");
        String statement =
                "India and Japan signed a memorandum of cooperation in the field of cyber security in 2020. ";
        Card longCard = new Card(
                2,
                "Consider the following statements:",
                List.of(statement.repeat(6), statement.repeat(6), statement.repeat(6), statement.repeat(6)),
                "(a) 1 only",
                "A fact.",
                "PIB");
        assertEquals(true, TextFit.fits(shortCard, tenPerPage, "Source:"));
        assertEquals(false, TextFit.fits(longCard, tenPerPage, "Source:"));
    }

    @Test
    void wrapsWordsGreedily() {
        assertEquals(1, TextFit.lines("short", 10, false));
        assertEquals(3, TextFit.lines("aaaa aaaa aaaa", 3, false), "each word wider than half a line gets its own");
    }

    @Test
    void ellipsisCutsOnlyWhatDoesNotFit() {
        assertEquals("Deck", TextFit.ellipsis("Deck", 50, 6.5));
        String cut = TextFit.ellipsis("A very long deck title that goes on and on about cyber security", 30, 6.5);
        assertTrue(cut.endsWith("…") && cut.length() < 60, cut);
    }
}
