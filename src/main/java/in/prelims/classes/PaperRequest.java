package in.prelims.classes;

import in.prelims.error.InvalidInputException;
import in.prelims.web.QueryParams;
import in.prelims.worksheet.WorksheetOptions;
import in.prelims.worksheet.WorksheetParams;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The assign form, checked: the worksheet settings (parsed as the worksheet form parses them), the
 * window in which students may start and the time limit.
 */
/**
 * @param seedChosen whether the teacher typed a seed: the paper is then reproducible (as a worksheet)
 *                   by anyone who knows it; without one it is drawn under the server's secret
 */
record PaperRequest(WorksheetOptions options, Instant opensAt, Instant closesAt, int minutes, boolean seedChosen) {

    static final int MAX_MINUTES = 360;

    /** The form's fields as typed. */
    record Form(
            String title,
            String count,
            String seed,
            List<String> kinds,
            List<String> topics,
            String sets,
            String marking,
            String opens,
            String closes,
            String minutes) {}

    static PaperRequest parse(Form form, ZoneId zone) {
        WorksheetParams p = new WorksheetParams();
        p.title = form.title();
        p.count = form.count();
        p.seed = blankToNull(form.seed());
        p.kinds = form.kinds();
        p.topics = form.topics();
        p.sets = form.sets();
        p.marking = form.marking();
        WorksheetOptions options = WorksheetOptions.parse(p, "Class test");
        Instant opens = time("opens", form.opens(), zone);
        Instant closes = time("closes", form.closes(), zone);
        if (!closes.isAfter(opens)) {
            throw new InvalidInputException("closes", "The paper must close after it opens");
        }
        int minutes = QueryParams.integer("minutes", form.minutes(), options.durationMinutes(), 1, MAX_MINUTES);
        return new PaperRequest(options, opens, closes, minutes, p.seed != null);
    }

    ClassPaper paper(long classId, Instant now) {
        ClassPaper paper = new ClassPaper();
        paper.classId = classId;
        paper.title = options.title();
        paper.settings = options.query();
        paper.sets = options.sets();
        paper.opensAt = opensAt;
        paper.closesAt = closesAt;
        paper.timeLimitSeconds = minutes * 60;
        paper.markingName = options.marking().slug();
        paper.markingCorrect = options.marking().correct().toString();
        paper.markingWrong = options.marking().wrong().toString();
        paper.createdAt = now;
        return paper;
    }

    private static Instant time(String field, String value, ZoneId zone) {
        try {
            return LocalDateTime.parse(value == null ? "" : value.trim())
                    .atZone(zone)
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " must be a date and time such as 2026-03-01T10:00");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
