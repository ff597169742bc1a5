package in.prelims.study;

import in.prelims.account.Owner;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Progress: reviews per day, true retention (the share of reviews of cards in review that were not
 * forgotten), due cards in the coming days, and the prediction for the exam day.
 *
 * @param reviewsPerDay  for each of the last {@link #DAYS} days, oldest first
 * @param forecast       cards due on each of the next {@link #DAYS} days (overdue ones count today)
 * @param trueRetention  percent, or null before any review of a card in review
 * @param studied        cards reviewed at least once
 * @param rememberedOnExam expected number of studied cards recalled on the exam day if no more reviews were made
 * @param atTargetOnExam studied cards whose predicted recall on the exam day is at the target
 */
record StudyProgress(
        List<Day> reviewsPerDay,
        List<Day> forecast,
        Integer trueRetention,
        int studied,
        Integer rememberedOnExam,
        Integer atTargetOnExam) {

    static final int DAYS = 30;

    record Day(String label, int count) {}

    static StudyProgress of(Owner owner, StudySettings settings, Instant now, ZoneId zone) {
        OwnerQuery q = OwnerQuery.of(owner);
        LocalDate today = now.atZone(zone).toLocalDate();
        List<StudyReview> reviews = StudyReview.list(
                q.clause() + " and reviewedAt >= ?2",
                q.value(),
                today.minusDays(DAYS - 1).atStartOfDay(zone).toInstant());
        int[] perDay = new int[DAYS];
        for (StudyReview r : reviews) {
            long ago =
                    today.toEpochDay() - r.reviewedAt.atZone(zone).toLocalDate().toEpochDay();
            if (ago >= 0 && ago < DAYS) perDay[DAYS - 1 - (int) ago]++;
        }
        long inReview = StudyReview.count(q.clause() + " and stateBefore = ?2", q.value(), CardState.REVIEW.ordinal());
        long kept = StudyReview.count(
                q.clause() + " and stateBefore = ?2 and rating > 1", q.value(), CardState.REVIEW.ordinal());
        int[] due = new int[DAYS];
        Plan plan = new Plan(settings, zone);
        int studied = 0;
        double expected = 0;
        int atTarget = 0;
        for (StudyCard c : StudyCard.all(owner)) {
            long in = c.due.atZone(zone).toLocalDate().toEpochDay() - today.toEpochDay();
            if (in < DAYS) due[(int) Math.max(0, in)]++;
            if (c.reps == 0) continue;
            studied++;
            Double recall = plan.exam().recallOnExamDay(c.stability, c.lastReview);
            if (recall != null) {
                expected += recall;
                atTarget += plan.exam().atTarget(recall) ? 1 : 0;
            }
        }
        boolean exam = settings.examDate != null && !settings.examDate.isBefore(today);
        return new StudyProgress(
                days(perDay, today.minusDays(DAYS - 1)),
                days(due, today),
                inReview == 0 ? null : (int) Math.round(100.0 * kept / inReview),
                studied,
                exam ? (int) Math.round(expected) : null,
                exam ? atTarget : null);
    }

    /** How many cards were seen for the first time today. */
    static int newToday(Owner owner, Instant now, ZoneId zone) {
        OwnerQuery q = OwnerQuery.of(owner);
        Instant start = now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
        return (int) StudyReview.count(
                q.clause() + " and stateBefore = ?2 and reviewedAt >= ?3", q.value(), CardState.NEW.ordinal(), start);
    }

    private static List<Day> days(int[] counts, LocalDate first) {
        List<Day> out = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            LocalDate d = first.plusDays(i);
            out.add(new Day(d.getDayOfMonth() + "/" + d.getMonthValue(), counts[i]));
        }
        return out;
    }
}
