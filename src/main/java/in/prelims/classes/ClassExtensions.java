package in.prelims.classes;

import io.quarkus.qute.TemplateExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/** How the class pages print times, figures and set letters. */
@TemplateExtension
final class ClassExtensions {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.ENGLISH);

    private ClassExtensions() {}

    /** In the site's time zone ({@code quiz.zone}). */
    static String inZone(Instant instant) {
        ZoneId zone = ConfigProvider.getConfig().getValue("quiz.zone", ZoneId.class);
        return WHEN.format(instant.atZone(zone));
    }

    /** Two decimals, or a dash when the figure cannot be computed. */
    static String fmt(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }

    /** A percent figure with one decimal, or a dash when it cannot be computed. */
    static String pct(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.1f%%", value);
    }

    static String mmss(Duration d) {
        return String.format(Locale.ROOT, "%d:%02d", d.toMinutes(), d.toSecondsPart());
    }

    /** 1 → "A", 2 → "B": for loops over a paper's sets, which Qute counts from 1. */
    static String setLetter(Integer n) {
        return String.valueOf((char) ('A' + n - 1));
    }
}
