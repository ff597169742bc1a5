package in.prelims.flashcard;

import java.util.ArrayList;
import java.util.List;

/** Lays a deck's cards out on sheets, duplex (each fronts page followed by its mirrored backs page) or fold-over. */
final class DeckSheets {

    private DeckSheets() {}

    static List<Sheet> layOut(List<Card> cards, CardLayout layout, boolean duplex, String sourceLabel) {
        return duplex ? duplex(cards, layout, sourceLabel) : foldOver(cards, layout, sourceLabel);
    }

    /** Card i of a page goes to row i / 2, column i % 2 on the fronts, and the mirrored column on the backs. */
    private static List<Sheet> duplex(List<Card> cards, CardLayout layout, String sourceLabel) {
        List<Sheet> sheets = new ArrayList<>();
        for (int start = 0; start < cards.size(); start += layout.perPage()) {
            List<Card> page = cards.subList(start, Math.min(cards.size(), start + layout.perPage()));
            List<PlacedCard> fronts = new ArrayList<>();
            List<PlacedCard> backs = new ArrayList<>();
            for (int i = 0; i < page.size(); i++) {
                Card card = page.get(i);
                int row = i / CardLayout.COLUMNS;
                int column = i % CardLayout.COLUMNS;
                fronts.add(new PlacedCard(card, false, row, column, TextFit.front(card, layout)));
                backs.add(new PlacedCard(
                        card, true, row, CardLayout.backColumn(column), TextFit.back(card, layout, sourceLabel)));
            }
            int first = page.get(0).number();
            int last = page.get(page.size() - 1).number();
            sheets.add(new Sheet(Sheet.Face.FRONTS, first, last, fronts));
            sheets.add(new Sheet(Sheet.Face.BACKS, first, last, backs));
        }
        return sheets;
    }

    /** One card per row: its front in the left column, its back in the right, folded along the middle. */
    private static List<Sheet> foldOver(List<Card> cards, CardLayout layout, String sourceLabel) {
        List<Sheet> sheets = new ArrayList<>();
        for (int start = 0; start < cards.size(); start += layout.rows()) {
            List<Card> page = cards.subList(start, Math.min(cards.size(), start + layout.rows()));
            List<PlacedCard> placed = new ArrayList<>();
            for (int row = 0; row < page.size(); row++) {
                Card card = page.get(row);
                placed.add(new PlacedCard(card, false, row, 0, TextFit.front(card, layout)));
                placed.add(new PlacedCard(card, true, row, 1, TextFit.back(card, layout, sourceLabel)));
            }
            sheets.add(new Sheet(
                    Sheet.Face.FOLD,
                    page.get(0).number(),
                    page.get(page.size() - 1).number(),
                    placed));
        }
        return sheets;
    }
}
