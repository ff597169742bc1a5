package in.prelims.study;

import in.prelims.account.Owner;
import in.prelims.error.InvalidInputException;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reading, locking and changing an owner's study settings. */
final class Settings {

    private Settings() {}

    /**
     * The owner's settings row, created with the defaults if missing, locked until the transaction
     * ends so one owner's syncs run one after the other.
     */
    static StudySettings locked(Owner owner) {
        StudySettings found = StudySettings.of(owner).orElse(null);
        if (found == null) {
            found = StudySettings.defaults(owner);
            found.persistAndFlush();
        }
        return StudySettings.findById(found.id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Applies the settings form; every value is checked before any is changed. */
    static void update(StudySettings s, String newPerDay, String retention, String examDate, String examTarget) {
        int perDay = whole("newPerDay", newPerDay, 0, 500);
        double keep = percent("retention", retention, 70, 99);
        double target = percent("examTarget", examTarget, 70, 99);
        LocalDate exam = null;
        if (examDate != null && !examDate.isBlank()) {
            try {
                exam = LocalDate.parse(examDate.trim());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("examDate", "The exam date must be a date like 2026-05-24");
            }
        }
        s.newPerDay = perDay;
        s.retention = keep;
        s.examTarget = target;
        s.examDate = exam;
    }

    private static int whole(String field, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value == null ? "" : value.trim());
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw new InvalidInputException(field, field + " must be a whole number from " + min + " to " + max);
    }

    /** A percentage from the form (90) as a probability (0.9). */
    private static double percent(String field, String value, int min, int max) {
        try {
            double n = Double.parseDouble(value == null ? "" : value.trim());
            if (n >= min && n <= max) return n / 100;
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw new InvalidInputException(field, field + " must be a percentage from " + min + " to " + max);
    }
}
