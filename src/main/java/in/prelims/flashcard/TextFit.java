package in.prelims.flashcard;

import in.prelims.pdf.TextMeasure;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks the largest font step at which a card side's text fits its box, by wrapping the words with
 * Noto Sans's real glyph widths. The print stylesheet defines the steps as {@code fit-0 ... fit-8};
 * the box also clips (overflow: hidden), so text that fits at no step is cut, never spilled.
 */
final class TextFit {

    /** Font sizes in points of the classes fit-0 to fit-8 in flashcards-print.css. */
    static final double[] STEPS_PT = {16, 14, 12.5, 11, 10, 9, 8, 7, 6.2};

    private static final double MM_PER_PT = 25.4 / 72;
    /** The stylesheet's line height, and the space after each paragraph, in ems. */
    private static final double LINE_HEIGHT_EM = 1.25;

    private static final double PARAGRAPH_GAP_EM = 0.35;
    /** Sizes relative to the body in the stylesheet: .answer and .citation. */
    private static final double ANSWER_SCALE = 1.1;

    private static final double CITATION_SCALE = 0.85;
    /** The renderer breaks lines a little before the exact glyph widths add up to the box width. */
    private static final double WIDTH_SLACK = 0.94;

    private TextFit() {}

    /** The question in bold, then its statements and options. */
    static String front(Card card, CardLayout layout) {
        return "fit-" + step(frontParagraphs(card), layout.textWidthMm(), layout.textHeightMm());
    }

    /** The answer (larger, bold), the fact and the smaller citation. */
    static String back(Card card, CardLayout layout, String sourceLabel) {
        return "fit-" + step(backParagraphs(card, sourceLabel), layout.textWidthMm(), layout.textHeightMm());
    }

    /** Whether both sides fit their text box at the smallest size; a card that does not is left out of a deck. */
    static boolean fits(Card card, CardLayout layout, String sourceLabel) {
        double smallest = STEPS_PT[STEPS_PT.length - 1];
        return heightMm(frontParagraphs(card), layout.textWidthMm(), smallest) <= layout.textHeightMm()
                && heightMm(backParagraphs(card, sourceLabel), layout.textWidthMm(), smallest) <= layout.textHeightMm();
    }

    private static List<Paragraph> frontParagraphs(Card card) {
        List<Paragraph> paragraphs = new ArrayList<>();
        paragraphs.add(new Paragraph(card.front(), 1, true));
        card.frontList().forEach(line -> paragraphs.add(new Paragraph(line, 1, false)));
        return paragraphs;
    }

    private static List<Paragraph> backParagraphs(Card card, String sourceLabel) {
        return List.of(
                new Paragraph(card.answer(), ANSWER_SCALE, true),
                new Paragraph(card.fact(), 1, false),
                new Paragraph(sourceLabel + " " + card.citation(), CITATION_SCALE, false));
    }

    static int step(List<Paragraph> paragraphs, double widthMm, double heightMm) {
        for (int step = 0; step < STEPS_PT.length - 1; step++) {
            if (heightMm(paragraphs, widthMm, STEPS_PT[step]) <= heightMm) {
                return step;
            }
        }
        return STEPS_PT.length - 1;
    }

    /** The height the paragraphs take at a body size, the last paragraph's trailing gap left out. */
    static double heightMm(List<Paragraph> paragraphs, double widthMm, double sizePt) {
        double height = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            double emMm = sizePt * p.scale() * MM_PER_PT;
            height += lines(p.text(), WIDTH_SLACK * widthMm / emMm, p.bold()) * LINE_HEIGHT_EM * emMm;
            if (i < paragraphs.size() - 1) {
                height += PARAGRAPH_GAP_EM * emMm;
            }
        }
        return height;
    }

    /** Lines after greedy word wrapping; a word wider than the line gets lines of its own. */
    static int lines(String text, double widthEm, boolean bold) {
        TextMeasure measure = TextMeasure.notoSans();
        double space = measure.widthEm(" ", bold);
        int lines = 1;
        double used = 0;
        for (String word : text.trim().split("\\s+")) {
            double w = measure.widthEm(word, bold);
            if (used > 0 && used + space + w > widthEm) {
                lines++;
                used = 0;
            }
            if (used == 0 && w > widthEm) {
                lines += (int) Math.ceil(w / widthEm) - 1;
                used = w % widthEm;
            } else {
                used += (used > 0 ? space : 0) + w;
            }
        }
        return lines;
    }

    /** The text cut to fit one line of {@code widthMm} at {@code sizePt}, ending in an ellipsis if cut. */
    static String ellipsis(String text, double widthMm, double sizePt) {
        TextMeasure measure = TextMeasure.notoSans();
        double widthEm = widthMm / (sizePt * MM_PER_PT);
        if (measure.widthEm(text, false) <= widthEm) {
            return text;
        }
        int end = text.length();
        while (end > 0 && measure.widthEm(text.substring(0, end).strip() + "…", false) > widthEm) {
            end--;
        }
        return text.substring(0, end).strip() + "…";
    }

    record Paragraph(String text, double scale, boolean bold) {}
}
