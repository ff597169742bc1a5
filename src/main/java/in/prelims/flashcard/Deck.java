package in.prelims.flashcard;

import java.util.List;

/** A deck ready to print: its cards laid out on sheets. */
record Deck(String title, DeckOptions options, List<Card> cards, List<Sheet> sheets) {

    Deck {
        cards = List.copyOf(cards);
        sheets = List.copyOf(sheets);
    }

    CardLayout layout() {
        return options.layout();
    }
}
