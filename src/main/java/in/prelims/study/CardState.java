package in.prelims.study;

/** Where a card is in FSRS's life cycle; the ordinal is ts-fsrs's State number. */
enum CardState {
    NEW,
    LEARNING,
    REVIEW,
    RELEARNING
}
