package in.prelims.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ExamPlanTest {

    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    private static final LocalDate EXAM = LocalDate.of(2030, 3, 1);
    private static final Instant EXAM_START = EXAM.atStartOfDay(IST).toInstant();
    private final Fsrs fsrs = new Fsrs(FsrsParameters.defaults().withRetention(0.85));
    private final ExamPlan plan = new ExamPlan(fsrs, EXAM, IST, 0.95);

    private static SrsCard review(double stability, Instant now, int days) {
        return new SrsCard(now.plus(Duration.ofDays(days)), stability, 5, 3, days, 4, 0, 0, CardState.REVIEW, now);
    }

    @Test
    void aReviewThatWouldLeaveRecallOnTheDayBelowTheTargetComesBeforeTheExam() {
        Instant now = EXAM_START.minus(Duration.ofDays(20));
        SrsCard fsrsAlone = review(30, now, 60);
        assertThat(fsrs.retrievability(20, 30)).isLessThan(0.95);

        SrsCard moved = plan.adjust(fsrsAlone, now);

        assertThat(moved.due()).isBefore(EXAM_START);
        double recallAtDue = fsrs.retrievability(moved.scheduledDays(), 30);
        assertThat(recallAtDue).as("due when recall falls to the target").isBetween(0.95, 0.96);
    }

    @Test
    void aCardRememberedOnTheDayAnywayIsDueNoLaterThanTheExam() {
        Instant now = EXAM_START.minus(Duration.ofDays(3));
        SrsCard moved = plan.adjust(review(200, now, 150), now);
        assertThat(moved.due()).isEqualTo(EXAM_START);
        assertThat(moved.scheduledDays()).isEqualTo(3);
    }

    @Test
    void nothingChangesBeforeADueDateThatComesFirstOrAfterTheExamOrWithoutOne() {
        Instant now = EXAM_START.minus(Duration.ofDays(30));
        SrsCard early = review(10, now, 8);
        assertThat(plan.adjust(early, now)).isEqualTo(early);
        Instant after = EXAM_START.plus(Duration.ofDays(1));
        SrsCard later = review(10, after, 8);
        assertThat(plan.adjust(later, after)).isEqualTo(later);
        SrsCard far = review(30, now, 60);
        assertThat(new ExamPlan(fsrs, null, IST, 0.95).adjust(far, now)).isEqualTo(far);
    }
}
