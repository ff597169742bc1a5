package in.prelims.flashcard;

import io.quarkus.qute.TemplateExtension;
import java.util.Arrays;
import java.util.List;

/** Values the flashcard templates compute from a deck, a sheet or the form. */
@TemplateExtension
class FlashcardExtensions {

    /** The sheet class that sets the paper size: "a4" or "letter". */
    static String paperClass(Deck deck) {
        return deck.options().paper().slug();
    }

    /** The deck title as it fits on a card's top line (6.5 pt, see .deck-name). */
    static String cardTitle(Deck deck) {
        return TextFit.ellipsis(deck.title(), deck.layout().nameWidthMm(), 6.5);
    }

    static int rows(Deck deck) {
        return deck.layout().rows();
    }

    static List<Integer> rowLines(Deck deck) {
        return deck.layout().rowLines();
    }

    static boolean fronts(Sheet sheet) {
        return sheet.face() == Sheet.Face.FRONTS;
    }

    static boolean backs(Sheet sheet) {
        return sheet.face() == Sheet.Face.BACKS;
    }

    static boolean fold(Sheet sheet) {
        return sheet.face() == Sheet.Face.FOLD;
    }

    /** Cards on one printed page: a fold-over card takes a whole row (two places), so half of perPage. */
    static int cardsPerSheet(DeckOptions options) {
        return options.duplex() ? options.perPage() : options.perPage() / CardLayout.COLUMNS;
    }

    static List<String> perPageChoices(DeckForm form) {
        return Arrays.stream(CardLayout.PER_PAGE).mapToObj(String::valueOf).toList();
    }
}
