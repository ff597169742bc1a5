package in.prelims.flashcard;

import java.util.Arrays;
import java.util.Locale;

/** The paper sizes a deck can be printed on, in millimetres, portrait. */
enum Paper {
    A4(210, 297),
    LETTER(215.9, 279.4);

    final double widthMm;
    final double heightMm;

    Paper(double widthMm, double heightMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    /** "a4", "letter": the query value and the CSS class of a sheet on this paper. */
    String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    static String[] slugs() {
        return Arrays.stream(values()).map(Paper::slug).toArray(String[]::new);
    }

    static Paper ofSlug(String slug) {
        return valueOf(slug.toUpperCase(Locale.ROOT));
    }
}
