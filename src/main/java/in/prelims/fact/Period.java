package in.prelims.fact;

import in.prelims.error.InvalidInputException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates a request's facts come from, by their source's {@code published} date: any time, the
 * last N days, a month or a year. Both ends inclusive; null is open.
 *
 * @param slug the canonical text ("last-7-days", "2020-10", "2020"; empty for any time), as links repeat it
 */
public record Period(String slug, LocalDate from, LocalDate to) {

    public static final Period ALL = new Period("", null, null);

    /** Releases are dated in India. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");

    /** The longest "last N days": ten years. */
    public static final int MAX_DAYS = 3660;

    private static final Pattern LAST_DAYS = Pattern.compile("last[- ](\\d{1,4})[- ]days?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static Period lastDays(int days, LocalDate today) {
        return new Period("last-" + days + "-days", today.minusDays(days - 1L), today);
    }

    public static Period month(YearMonth month) {
        return new Period(month.toString(), month.atDay(1), month.atEndOfMonth());
    }

    /**
     * @param field the request parameter, named in the refusal
     * @throws InvalidInputException for anything but blank, {@code last-N-days}, {@code YYYY-MM} or {@code YYYY}
     */
    public static Period parse(String field, String raw, LocalDate today) {
        if (raw == null || raw.isBlank() || raw.trim().equalsIgnoreCase("any")) return ALL;
        String text = raw.trim().toLowerCase(Locale.ROOT);
        Matcher days = LAST_DAYS.matcher(text);
        if (days.matches()) {
            int n = Integer.parseInt(days.group(1));
            if (n < 1 || n > MAX_DAYS) throw refused(field, raw, "the number of days must be 1 to " + MAX_DAYS);
            return lastDays(n, today);
        }
        Matcher month = MONTH.matcher(text);
        if (month.matches()) {
            try {
                return month(YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2))));
            } catch (DateTimeException e) {
                throw refused(field, raw, "there is no month " + month.group(2));
            }
        }
        if (YEAR.matcher(text).matches()) {
            int year = Integer.parseInt(text);
            return new Period(text, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        throw refused(field, raw, null);
    }

    private static InvalidInputException refused(String field, String raw, String why) {
        String shown = raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
        return new InvalidInputException(
                field,
                "The period \"" + shown + "\" is not one we know" + (why == null ? "" : " (" + why + ")")
                        + ". Use last-7-days or last-30-days (any number of days), a month such as 2020-10,"
                        + " a year such as 2020, or leave it empty for any time.");
    }

    public boolean isAll() {
        return from == null && to == null;
    }

    public boolean contains(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** "any time", "the last 7 days (25 November to 1 December 2026)", "October 2020", "2020". */
    public String describe() {
        if (isAll()) return "any time";
        if (slug.startsWith("last-")) {
            return "the last " + slug.replaceAll("\\D", "") + " days (" + SlotFormat.longDate(from) + " to "
                    + SlotFormat.longDate(to) + ")";
        }
        return slug.length() == 4 ? slug : MONTH_NAME.format(YearMonth.from(from));
    }
}
