package in.prelims.flashcard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeckSheetsTest {

    private static List<Card> cards(int n) {
        List<Card> cards = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            cards.add(new Card(i, "Question " + i, List.of(), "Answer " + i, "Fact " + i, "Source " + i));
        }
        return cards;
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 6, 8, 10})
    void duplexPairsEachFrontsPageWithItsMirroredBacksPage(int perPage) {
        CardLayout layout = new CardLayout(Paper.A4, perPage);
        int n = 3 * perPage + 1;
        List<Sheet> sheets = DeckSheets.layOut(cards(n), layout, true, "Source:");
        assertEquals(2 * 4, sheets.size(), "three full pages and one with a single card, each fronts and backs");
        for (int s = 0; s < sheets.size(); s += 2) {
            Sheet fronts = sheets.get(s);
            Sheet backs = sheets.get(s + 1);
            assertEquals(Sheet.Face.FRONTS, fronts.face());
            assertEquals(Sheet.Face.BACKS, backs.face());
            assertEquals(fronts.cards().size(), backs.cards().size());
            for (int i = 0; i < fronts.cards().size(); i++) {
                PlacedCard front = fronts.cards().get(i);
                PlacedCard back = backs.cards().get(i);
                assertEquals(front.card(), back.card());
                assertEquals(front.row(), back.row());
                assertEquals(CardLayout.COLUMNS - 1 - front.column(), back.column(), "mirrored for a long-edge flip");
                assertTrue(back.back() && !front.back());
            }
        }
        assertEquals(1, sheets.get(6).cards().size());
        assertEquals(n, sheets.get(6).first());
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 6, 8, 10})
    void foldOverPutsFrontAndBackSideBySideOneCardPerRow(int perPage) {
        CardLayout layout = new CardLayout(Paper.LETTER, perPage);
        List<Sheet> sheets = DeckSheets.layOut(cards(perPage), layout, false, "Source:");
        assertEquals(2, sheets.size(), "a page holds perPage / 2 cards, front beside back");
        for (Sheet sheet : sheets) {
            assertEquals(Sheet.Face.FOLD, sheet.face());
            for (PlacedCard p : sheet.cards()) {
                assertEquals(p.back() ? 1 : 0, p.column());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 6, 8, 10})
    void gridIsCentredSoMirroredColumnsCoincideOnTheSheet(int perPage) {
        for (Paper paper : Paper.values()) {
            CardLayout layout = new CardLayout(paper, perPage);
            for (int column = 0; column < CardLayout.COLUMNS; column++) {
                double frontLeft = layout.leftMm(column);
                double backLeftSeenThroughThePaper =
                        paper.widthMm - layout.leftMm(CardLayout.backColumn(column)) - layout.cardWidthMm();
                assertEquals(frontLeft, backLeftSeenThroughThePaper, 1e-9);
            }
            assertTrue(layout.topMm(layout.rows()) <= paper.heightMm - CardLayout.MARGIN_TOP_MM);
        }
    }
}
