package in.prelims.flashcard;

import java.util.List;

/**
 * One printed page of a deck.
 *
 * @param face  FRONTS or BACKS of a duplex pair, or FOLD for front and back side by side
 * @param first the number of the first card on the sheet
 * @param last  the number of the last card on the sheet
 */
record Sheet(Face face, int first, int last, List<PlacedCard> cards) {

    enum Face {
        FRONTS,
        BACKS,
        FOLD
    }

    Sheet {
        cards = List.copyOf(cards);
    }
}
