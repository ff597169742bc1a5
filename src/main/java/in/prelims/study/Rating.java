package in.prelims.study;

import in.prelims.error.InvalidInputException;

/** How well a card was recalled, as the four buttons (and keys 1-4) say it. */
public enum Rating {
    AGAIN,
    HARD,
    GOOD,
    EASY;

    /** 1 (Again) to 4 (Easy), as FSRS numbers the grades. */
    int grade() {
        return ordinal() + 1;
    }

    static Rating of(int grade) {
        if (grade < 1 || grade > 4) {
            throw new InvalidInputException(
                    "rating", "rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy); it was " + grade);
        }
        return values()[grade - 1];
    }
}
