package in.prelims.flashcard;

import java.util.List;

/**
 * Picks the largest font step at which a card's text fits its card, estimated from the text's
 * length and Noto Sans's average glyph width. The stylesheet defines the steps as {@code fit-0 ...
 * fit-6}; a card also clips (overflow: hidden), so a wrong estimate can cut a line but never spill.
 */
final class TextFit {

    /** Font sizes in points of the classes fit-0 to fit-6 in flashcards-print.css. */
    static final double[] STEPS_PT = {13, 11.5, 10, 9, 8, 7, 6.2};
    private static final double MM_PER_PT = 25.4 / 72;
    /** Noto Sans: average advance of mixed-case text, and the stylesheet's line height, in ems. */
    private static final double AVERAGE_CHAR_EM = 0.53;
    private static final double LINE_HEIGHT_EM = 1.25;
    /** Space between paragraphs, in lines; the citation's size relative to the body. */
    private static final double PARAGRAPH_GAP_LINES = 0.35;
    static final double CITATION_SCALE = 0.85;

    private TextFit() {}

    /** The class for the front: the question, then its statements and options, one paragraph each. */
    static String front(Card card, CardLayout layout) {
        List<Paragraph> paragraphs = new java.util.ArrayList<>();
        paragraphs.add(new Paragraph(card.front(), 1));
        card.frontList().forEach(line -> paragraphs.add(new Paragraph(line, 1)));
        return "fit-" + step(paragraphs, layout);
    }

    /** The class for the back: the answer, the fact and the smaller citation. */
    static String back(Card card, CardLayout layout) {
        return "fit-" + step(List.of(new Paragraph(card.answer(), 1.1), new Paragraph(card.fact(), 1),
                new Paragraph("Source: " + card.citation(), CITATION_SCALE)), layout);
    }

    static int step(List<Paragraph> paragraphs, CardLayout layout) {
        for (int step = 0; step < STEPS_PT.length - 1; step++) {
            if (linesNeeded(paragraphs, layout.textWidthMm(), STEPS_PT[step]) <= linesAvailable(layout, STEPS_PT[step])) {
                return step;
            }
        }
        return STEPS_PT.length - 1;
    }

    private static double linesAvailable(CardLayout layout, double sizePt) {
        return Math.floor(layout.textHeightMm() / (sizePt * MM_PER_PT * LINE_HEIGHT_EM));
    }

    /** Lines in units of the body size, with a sixth more for words that do not fill a line. */
    private static double linesNeeded(List<Paragraph> paragraphs, double widthMm, double sizePt) {
        double lines = 0;
        for (Paragraph p : paragraphs) {
            double charsPerLine = Math.floor(widthMm / (sizePt * p.scale() * MM_PER_PT * AVERAGE_CHAR_EM));
            lines += Math.ceil(p.text().length() * 7.0 / 6 / charsPerLine) * p.scale();
        }
        return lines + PARAGRAPH_GAP_LINES * (paragraphs.size() - 1);
    }

    record Paragraph(String text, double scale) {}
}
