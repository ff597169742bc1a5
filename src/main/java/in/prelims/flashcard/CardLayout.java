package in.prelims.flashcard;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Where cards sit on a sheet: two columns and {@code perPage / 2} rows filling the printable area,
 * which has equal left and right margins so a long-edge flip puts column c behind column (1 - c).
 * The print stylesheet holds the same figures as classes; these are for sizing text and for tests.
 */
record CardLayout(Paper paper, int perPage) {

    static final int COLUMNS = 2;
    static final int[] PER_PAGE = {4, 6, 8, 10};
    /** Page margins of the print stylesheet: top and bottom hold the deck title and page number. */
    static final double MARGIN_TOP_MM = 14;

    static final double MARGIN_SIDE_MM = 10;
    /** Space inside a card around its text, and the line holding the card number. */
    static final double PADDING_MM = 4;

    static final double NUMBER_LINE_MM = 4.5;

    int rows() {
        return perPage / COLUMNS;
    }

    /** 0..rows: the horizontal cut lines, one above each row and one below the last. */
    List<Integer> rowLines() {
        return IntStream.rangeClosed(0, rows()).boxed().toList();
    }

    double gridWidthMm() {
        return paper.widthMm - 2 * MARGIN_SIDE_MM;
    }

    /** One millimetre short of the printable height, so rounding never pushes a sheet onto a second page. */
    double gridHeightMm() {
        return paper.heightMm - 2 * MARGIN_TOP_MM - 1;
    }

    double cardWidthMm() {
        return gridWidthMm() / COLUMNS;
    }

    double cardHeightMm() {
        return gridHeightMm() / rows();
    }

    /** From the paper's left edge to the card's left edge. */
    double leftMm(int column) {
        return MARGIN_SIDE_MM + column * cardWidthMm();
    }

    /** From the paper's top edge to the card's top edge. */
    double topMm(int row) {
        return MARGIN_TOP_MM + row * cardHeightMm();
    }

    /** The deck name's room on a card's top line, right of the card number (see .deck-name). */
    double nameWidthMm() {
        return cardWidthMm() - 16 - PADDING_MM;
    }

    double textWidthMm() {
        return cardWidthMm() - 2 * PADDING_MM;
    }

    double textHeightMm() {
        return cardHeightMm() - 2 * PADDING_MM - NUMBER_LINE_MM;
    }

    /** The column a card's back takes when its front is at {@code column}: mirrored for a long-edge flip. */
    static int backColumn(int column) {
        return COLUMNS - 1 - column;
    }
}
