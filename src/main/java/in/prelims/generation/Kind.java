package in.prelims.generation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The question formats an aspirant meets in the exam, plus flashcards. */
public enum Kind {
    MCQ("mcq"),
    CLOZE("cloze"),
    TRUE_FALSE("true-false"),
    STATEMENTS("statements"),
    HOW_MANY("how-many"),
    PAIRS("pairs"),
    CHRONOLOGY("chronology"),
    FLASHCARD("flashcard");

    private final String slug;

    Kind(String slug) {
        this.slug = slug;
    }

    /** The name used in URLs, JSON and template files: "true-false". */
    @JsonValue
    public String slug() {
        return slug;
    }

    public static Optional<Kind> ofSlug(String slug) {
        return Arrays.stream(values())
                .filter(k -> k.slug.equalsIgnoreCase(slug == null ? "" : slug.trim()))
                .findFirst();
    }

    /** Reads a kind back from JSON: its slug, or its enum name as older stored JSON may have it. */
    @JsonCreator
    public static Kind fromJson(String value) {
        return ofSlug(value).orElseGet(() -> valueOf(value));
    }

    @Override
    public String toString() {
        return slug;
    }
}
