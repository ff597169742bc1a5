package in.prelims.quiz;

import in.prelims.account.Owner;
import in.prelims.marking.Marking;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Hibernate;
import org.hibernate.annotations.BatchSize;

/** One sitting of a timed quiz: what it showed, its clock, its owner and, once submitted, its score. */
@Entity
@Table(name = "quiz_attempt")
public class QuizAttempt extends PanacheEntityBase {

    /** Random, so attempt ids cannot be guessed. */
    @Id
    public UUID id;

    /** The owning account, or null for a guest's attempt. */
    @Column(name = "user_id")
    public Long userId;
    /** SHA-256 of the guest cookie while a guest owns the attempt. */
    @Column(name = "guest_key")
    public String guestKey;

    @Column(name = "started_at")
    public Instant startedAt;
    /** startedAt plus the time limit plus any extra time; the server's clock decides. */
    public Instant deadline;

    @Column(name = "time_limit_seconds")
    public int timeLimitSeconds;
    /** Extra time granted from the account's setting (UPSC: 20 minutes an hour for eligible candidates). */
    @Column(name = "extra_seconds")
    public int extraSeconds;

    @Column(name = "marking_name")
    public String markingName;
    /** Exact fractions as text, e.g. "2" and "2/3". */
    @Column(name = "marking_correct")
    public String markingCorrect;

    @Column(name = "marking_wrong")
    public String markingWrong;

    /** The private draw behind the attempt's secret engine seed; never shown. */
    public long seed;

    /** The questions and their keys, shared with every other attempt of the same paper. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "paper_id")
    public Paper paper;
    /** What was asked for, comma-separated; empty means any. */
    public String kinds;

    public String topics;

    /** The period of the facts' documents as asked ({@code last-7-days}, {@code 2020-10}); null or empty: any time. */
    public String period;

    /** How many questions were asked for; null in attempts stored before it was kept. */
    @Column(name = "requested_count")
    public Integer requestedCount;

    @Column(name = "submitted_at")
    public Instant submittedAt;
    /** "you", "timer" (the page at zero) or "server" (the expiry job or a late visit). */
    @Column(name = "submitted_by")
    public String submittedBy;

    public String score;

    @Column(name = "max_score")
    public String maxScore;

    @Column(name = "correct_count")
    public Integer correctCount;

    @Column(name = "wrong_count")
    public Integer wrongCount;

    @Column(name = "unattempted_count")
    public Integer unattemptedCount;

    @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 32)
    public List<AttemptQuestion> questions = new ArrayList<>();

    public boolean ownedBy(Owner owner) {
        return owner.owns(userId, guestKey);
    }

    /** How many questions were asked for: more than were served when the topics had too few facts. */
    public int requested() {
        return requestedCount == null ? questions.size() : Math.max(requestedCount, questions.size());
    }

    /** Whether the paper is shorter than asked for, because the filters left too little material. */
    public boolean shortened() {
        return requested() > questions.size();
    }

    /** Loads the attempt's questions and its paper's, for use after the transaction ends. */
    QuizAttempt loaded() {
        Hibernate.initialize(questions);
        Hibernate.initialize(paper);
        Hibernate.initialize(paper.questions);
        return this;
    }

    public boolean submitted() {
        return submittedAt != null;
    }

    public Marking marking() {
        return Marking.stored(markingName, markingCorrect, markingWrong);
    }

    public Scorecard scorecard() {
        return Scorecard.of(
                marking(), questions.stream().map(AttemptQuestion::item).toList());
    }

    /** Time from the start to the submit, never more than the time allowed. */
    public Duration timeUsed() {
        Instant end = submittedAt == null || submittedAt.isAfter(deadline) ? deadline : submittedAt;
        return Duration.between(startedAt, end);
    }

    public Duration timeAllowed() {
        return Duration.between(startedAt, deadline);
    }

    /** Scores the stored answers under the stored marking and records the submit. */
    void finish(Instant now, String by) {
        Scorecard card = scorecard();
        submittedAt = now.truncatedTo(ChronoUnit.MILLIS);
        submittedBy = by;
        score = card.score().toString();
        maxScore = card.maxScore().toString();
        correctCount = card.correct();
        wrongCount = card.wrong();
        unattemptedCount = card.unattempted();
    }

    public long answeredCount() {
        return questions.stream().filter(q -> q.chosen != null).count();
    }

    public long markedCount() {
        return questions.stream().filter(q -> q.marked).count();
    }
}
