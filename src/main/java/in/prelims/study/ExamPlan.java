package in.prelims.study;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The exam-date rule. No review is scheduled past the start of the exam day. A card FSRS would next
 * show on or after the exam keeps that due date (capped to the exam day) only when its predicted
 * recall on the exam day is at least the target; otherwise it is due when its recall falls to the
 * target, before the exam, so it is reviewed again in the last weeks.
 */
final class ExamPlan {

    private static final double DAY_SECONDS = 86400;

    private final Fsrs fsrs;
    private final Instant examStart;
    private final double target;

    ExamPlan(Fsrs fsrs, LocalDate examDate, ZoneId zone, double target) {
        this.fsrs = fsrs;
        this.examStart = examDate == null ? null : examDate.atStartOfDay(zone).toInstant();
        this.target = target;
    }

    /** The schedule after a review at {@code now}, moved as the rule says. */
    SrsCard adjust(SrsCard next, Instant now) {
        if (examStart == null || !now.isBefore(examStart) || next.due().isBefore(examStart)) {
            return next;
        }
        double daysLeft = Duration.between(now, examStart).getSeconds() / DAY_SECONDS;
        if (next.state() != CardState.REVIEW || fsrs.retrievability(daysLeft, next.stability()) >= target) {
            return withDue(next, examStart, Math.max(0, (int) Math.floor(daysLeft)));
        }
        int days = (int) Math.floor(fsrs.daysUntil(target, next.stability()));
        days = Math.min(Math.max(days, 1), (int) Math.ceil(daysLeft) - 1);
        if (days < 1) {
            return withDue(next, examStart, 0);
        }
        return withDue(next, now.plus(Duration.ofDays(days)), days);
    }

    /** Predicted recall on the exam day of a card last reviewed at {@code lastReview}; null without an exam date. */
    Double recallOnExamDay(double stability, Instant lastReview) {
        if (examStart == null || lastReview == null || lastReview.isAfter(examStart)) {
            return null;
        }
        return fsrs.retrievability(Duration.between(lastReview, examStart).getSeconds() / DAY_SECONDS, stability);
    }

    boolean atTarget(double recall) {
        return recall >= target;
    }

    private static SrsCard withDue(SrsCard c, Instant due, int days) {
        return new SrsCard(
                due,
                c.stability(),
                c.difficulty(),
                c.elapsedDays(),
                c.state() == CardState.REVIEW ? days : c.scheduledDays(),
                c.reps(),
                c.lapses(),
                c.step(),
                c.state(),
                c.lastReview());
    }
}
