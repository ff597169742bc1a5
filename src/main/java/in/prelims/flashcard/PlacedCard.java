package in.prelims.flashcard;

/**
 * One side of a card at its place on a sheet.
 *
 * @param back true for the answer side
 * @param fit  the font-step class that keeps this side's text inside the card
 */
record PlacedCard(Card card, boolean back, int row, int column, String fit) {}
