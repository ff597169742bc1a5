package in.prelims.quiz;

import in.prelims.fact.SlotFormat;
import io.quarkus.arc.Arc;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How times and durations read in messages and pages. */
final class Times {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss z");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z");

    private Times() {}

    /** The configured zone, for templates (which cannot be injected). */
    static ZoneId zone() {
        return Arc.container().instance(QuizConfig.class).get().zone();
    }

    /** The countdown at {@code now}: "11:58" or "1:05:00". */
    static String clockText(Instant deadline, Instant now) {
        long seconds = Math.max(0, Duration.between(now, deadline).toSeconds());
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return h > 0 ? h + ":" + twoDigits(m) + ":" + twoDigits(s) : twoDigits(m) + ":" + twoDigits(s);
    }

    private static String twoDigits(long n) {
        return n < 10 ? "0" + n : Long.toString(n);
    }

    /** "14:05:09 IST" */
    static String clock(Instant instant, ZoneId zone) {
        return CLOCK.format(instant.atZone(zone));
    }

    /** "23 Nov 2026, 10:35 IST" */
    static String dayAndTime(Instant instant, ZoneId zone) {
        return DAY_AND_TIME.format(instant.atZone(zone));
    }

    /** "12 July 2017" */
    static String longDate(LocalDate date) {
        return SlotFormat.longDate(date);
    }

    /** "1 h 5 min", "12 min 30 s", "45 s" */
    static String duration(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long rest = seconds % 60;
        StringBuilder text = new StringBuilder();
        if (hours > 0) {
            text.append(hours).append(" h");
        }
        if (minutes > 0) {
            text.append(text.isEmpty() ? "" : " ").append(minutes).append(" min");
        }
        if (rest > 0 || text.isEmpty()) {
            text.append(text.isEmpty() ? "" : " ").append(rest).append(" s");
        }
        return text.toString();
    }
}
