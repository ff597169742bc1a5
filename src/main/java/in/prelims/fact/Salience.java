package in.prelims.fact;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether a fact (or one slot) is a point an exam would ask, or context that only explains one.
 * Quizzes, worksheets and flashcards ask core points; context is asked only in a detail drill.
 */
public enum Salience {
    CORE,
    CONTEXT;

    static Optional<Salience> of(String text) {
        if (text == null) return Optional.empty();
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }
}
