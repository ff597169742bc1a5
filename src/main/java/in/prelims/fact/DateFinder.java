package in.prelims.fact;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Indian releases and papers write them: the dateline "04-January-2023", "4 January 2023",
 * "8th April, 2017", "January 4, 2023", "04.01.2023" (day first), "2023-01-04", and months ("August 2020").
 */
final class DateFinder {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b" + DAY + "(?:\\s+|\\s*-\\s*|\\s+of\\s+)" + MONTH + "(?:,?\\s*|\\s*-\\s*)(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("\\b" + MONTH + "\\s+" + DAY + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern MONTH_YEAR =
            Pattern.compile("\\b" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);

    /** "2023-24", "2023–24", "2023-2024", "FY 2023-24", "F.Y. 2023-24", "financial year 2023-24". */
    private static final Pattern FISCAL = Pattern.compile(
            "(?:\\b(?:FY|F\\.Y\\.)\\s*|\\b(?:financial|fiscal)\\s+year\\s+)?"
                    + "(?<![\\d.,/–—-])(\\d{4})\\s*[-–—/]\\s*(\\d{4}|\\d{2})(?![\\d–—-]|[.,/]\\d)",
            Pattern.CASE_INSENSITIVE);
    /** "FY24", "FY 2024", "FY'24": the year ending in March 2024. */
    private static final Pattern FISCAL_ENDING =
            Pattern.compile("\\bFY\\s?'?(\\d{4}|\\d{2})(?![\\d/–—-])", Pattern.CASE_INSENSITIVE);

    private DateFinder() {}

    static List<FoundValue> find(String text) {
        List<FoundValue> out = new ArrayList<>();
        scan(DAY_MONTH_YEAR, text, out, m -> date(m.group(3), m.group(2), m.group(1)));
        scan(MONTH_DAY_YEAR, text, out, m -> date(m.group(3), m.group(1), m.group(2)));
        scan(ISO, text, out, m -> date(m.group(1), m.group(2), m.group(3)));
        scan(NUMERIC, text, out, m -> date(m.group(4), m.group(3), m.group(1)));
        fiscalYears(text, out);
        Matcher m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            int month = month(m.group(1));
            FoundValue found = new FoundValue(
                    "month",
                    m.start(),
                    m.end(),
                    m.group(),
                    YearMonth.of(Integer.parseInt(m.group(2)), month).toString(),
                    null,
                    null,
                    null);
            if (out.stream().noneMatch(found::overlaps)) out.add(found);
        }
        return out;
    }

    /** Financial years, one value each: "2023-24" is not the year 2023 and the number 24. */
    private static void fiscalYears(String text, List<FoundValue> out) {
        Matcher m = FISCAL.matcher(text);
        while (m.find()) {
            int start = FiscalYear.start(m.group(1), m.group(2));
            if (start > 0)
                add(
                        out,
                        new FoundValue(
                                "fiscal-year", m.start(), m.end(), m.group(), FiscalYear.of(start), null, null, null));
        }
        m = FISCAL_ENDING.matcher(text);
        while (m.find()) {
            add(
                    out,
                    new FoundValue(
                            "fiscal-year",
                            m.start(),
                            m.end(),
                            m.group(),
                            FiscalYear.of(FiscalYear.startOfEnding(m.group(1))),
                            null,
                            null,
                            null));
        }
    }

    private static void add(List<FoundValue> out, FoundValue found) {
        if (out.stream().noneMatch(found::overlaps)) out.add(found);
    }

    private interface Reading {
        LocalDate date(Matcher m);
    }

    private static void scan(Pattern pattern, String text, List<FoundValue> out, Reading reading) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            LocalDate date;
            try {
                date = reading.date(m);
            } catch (DateTimeException | NumberFormatException notADate) {
                continue;
            }
            FoundValue found = new FoundValue("date", m.start(), m.end(), m.group(), date.toString(), null, null, null);
            if (out.stream().noneMatch(found::overlaps)) out.add(found);
        }
    }

    private static LocalDate date(String year, String month, String day) {
        int monthNumber = month.chars().allMatch(Character::isDigit) ? Integer.parseInt(month) : month(month);
        return LocalDate.of(Integer.parseInt(year), monthNumber, Integer.parseInt(day));
    }

    /** 1 to 12 from a month's name or its abbreviation. */
    static int month(String name) {
        String prefix = name.replace(".", "").substring(0, 3).toLowerCase(Locale.ROOT);
        int index = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
                .indexOf(prefix);
        if (index < 0) throw new DateTimeException("not a month: " + name);
        return index + 1;
    }
}
