package in.prelims.flashcard;

import java.util.List;

/**
 * One printed card.
 *
 * @param number    1-based, printed on both sides as "#7" so a dropped stack can be matched again
 * @param front     the question or the cloze
 * @param frontList numbered statements, then lettered options, for exam kinds; empty for flashcards
 * @param answer    the answer as printed on the back
 * @param fact      the full true statement
 * @param citation  publisher, date and title of the source
 */
record Card(int number, String front, List<String> frontList, String answer, String fact, String citation) {

    Card {
        frontList = List.copyOf(frontList);
    }
}
