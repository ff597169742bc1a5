package in.prelims.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two months of daily study on a simulated calendar up to the exam: 30 cards learned in the first
 * three days, every due card reviewed each morning (Good). On the exam day no card is due later than
 * the exam and every card's predicted recall on the day is at or above the 95% target, although
 * the daily target is only 85%.
 */
@QuarkusTest
class ExamCalendarTest {

    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    private static final LocalDate FIRST_DAY = LocalDate.of(2030, 1, 1);
    private static final LocalDate EXAM = LocalDate.of(2030, 3, 1);

    static final class Calendar extends StudyClock {
        Instant now;

        @Override
        public Instant now() {
            return now;
        }
    }

    private final Calendar calendar = new Calendar();

    @BeforeEach
    void simulatedClock() {
        calendar.now = FIRST_DAY.atTime(9, 30).atZone(IST).toInstant();
        QuarkusMock.installMockForType(calendar, StudyClock.class);
    }

    @Test
    void everyStudiedCardIsAtTheTargetOnTheExamDay() {
        Student s = new Student();
        s.settings("10", "85", EXAM.toString(), "95").then().statusCode(303);
        int reviews = 0;
        for (LocalDate day = FIRST_DAY; day.isBefore(EXAM); day = day.plusDays(1)) {
            if (day.equals(FIRST_DAY.plusDays(3))) {
                s.settings("0", "85", EXAM.toString(), "95").then().statusCode(303);
            }
            calendar.now = day.atTime(9, 30).atZone(IST).toInstant();
            for (List<Map<String, Object>> items = s.items(); !items.isEmpty(); items = s.items()) {
                List<String> batch = new ArrayList<>();
                for (Map<String, Object> item : items) {
                    batch.add(
                            Student.review(Student.newId(), (String) item.get("card"), 3, calendar.now.toEpochMilli()));
                }
                s.sync(Student.batch(batch)).then().statusCode(200);
                reviews += batch.size();
                calendar.now = calendar.now.plus(Duration.ofMinutes(11));
            }
        }
        calendar.now = EXAM.atStartOfDay(IST).toInstant();
        Instant examStart = calendar.now;
        List<StudyCard> cards = QuarkusTransaction.requiringNew().call(() -> StudyCard.<StudyCard>listAll());
        List<StudyCard> mine = cards.stream()
                .filter(c -> c.lastReview != null
                        && c.lastReview.isAfter(FIRST_DAY.atStartOfDay(IST).toInstant()))
                .filter(c -> c.lastReview.isBefore(examStart))
                .filter(c -> c.guestKey != null)
                .toList();
        assertThat(mine).hasSize(30);
        Fsrs fsrs = new Fsrs(FsrsParameters.defaults());
        for (StudyCard c : mine) {
            assertThat(c.due).as("never due past the exam").isBeforeOrEqualTo(examStart);
            double days = Duration.between(c.lastReview, examStart).getSeconds() / 86400.0;
            assertThat(fsrs.retrievability(days, c.stability)).as(c.cardKey).isGreaterThanOrEqualTo(0.95);
        }
        assertThat(reviews).as("more reviews than 30 cards × 2 learning steps").isGreaterThan(90);
        s.http().get("/study").then().body(containsString(" of 30 cards studied (30 at or above your 95% target)"));
    }
}
