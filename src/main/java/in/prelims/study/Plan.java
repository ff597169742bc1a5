package in.prelims.study;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

/** FSRS with an owner's settings and the exam-date rule: what each grade would schedule next. */
final class Plan {

    private final Scheduler scheduler;
    private final ExamPlan exam;

    Plan(StudySettings settings, ZoneId zone) {
        Fsrs fsrs = new Fsrs(
                FsrsParameters.defaults().withRetention(settings.retention).withFuzz(true));
        this.scheduler = new Scheduler(fsrs);
        this.exam = new ExamPlan(fsrs, settings.examDate, zone, settings.examTarget);
    }

    Fsrs fsrs() {
        return scheduler.fsrs();
    }

    ExamPlan exam() {
        return exam;
    }

    Map<Rating, SrsCard> preview(SrsCard card, Instant now, String cardKey) {
        Map<Rating, SrsCard> out = new EnumMap<>(Rating.class);
        scheduler.preview(card, now, cardKey).forEach((g, next) -> out.put(g, exam.adjust(next, now)));
        return out;
    }

    /** The recall probability just before a review at {@code now}; null for a card never reviewed. */
    Double recallBefore(SrsCard card, Instant now) {
        return card.memory() == null || card.lastReview() == null
                ? null
                : fsrs().retrievability(Scheduler.days(card.lastReview(), now), card.stability());
    }
}
