package in.prelims.study;

/**
 * The FSRS memory state of a card.
 *
 * @param stability  days until recall probability falls to 90%
 * @param difficulty 1 (easy) to 10 (hard)
 */
record Memory(double stability, double difficulty) {}
