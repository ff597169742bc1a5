package in.prelims.study;

import in.prelims.account.Owner;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** One owner's schedule for one card of the deck. */
@Entity
@Table(name = "study_card")
public class StudyCard extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id")
    public Long userId;

    @Column(name = "guest_key")
    public String guestKey;

    @Column(name = "card_key")
    public String cardKey;

    @Column(name = "fact_id")
    public String factId;

    public int state;
    public Instant due;
    public double stability;
    public double difficulty;

    @Column(name = "elapsed_days")
    public int elapsedDays;

    @Column(name = "scheduled_days")
    public int scheduledDays;

    public int reps;
    public int lapses;
    public int step;

    @Column(name = "last_review")
    public Instant lastReview;

    @Column(name = "added_at")
    public Instant addedAt;

    static StudyCard added(Owner owner, DeckCard card, Instant now) {
        StudyCard c = new StudyCard();
        c.userId = owner.userId();
        c.guestKey = owner.guestKey();
        c.cardKey = card.key();
        c.factId = card.factId();
        c.addedAt = now.truncatedTo(ChronoUnit.MILLIS);
        c.set(SrsCard.fresh(c.addedAt));
        return c;
    }

    static Optional<StudyCard> of(Owner owner, String cardKey) {
        OwnerQuery q = OwnerQuery.of(owner);
        return find(q.clause() + " and cardKey = ?2", q.value(), cardKey).firstResultOptional();
    }

    static List<StudyCard> all(Owner owner) {
        OwnerQuery q = OwnerQuery.of(owner);
        return list(q.clause() + " order by due", q.value());
    }

    SrsCard srs() {
        return new SrsCard(
                due,
                stability,
                difficulty,
                elapsedDays,
                scheduledDays,
                reps,
                lapses,
                step,
                CardState.values()[state],
                lastReview);
    }

    void set(SrsCard s) {
        due = s.due().truncatedTo(ChronoUnit.MILLIS);
        stability = s.stability();
        difficulty = s.difficulty();
        elapsedDays = s.elapsedDays();
        scheduledDays = s.scheduledDays();
        reps = s.reps();
        lapses = s.lapses();
        step = s.step();
        state = s.state().ordinal();
        lastReview = s.lastReview() == null ? null : s.lastReview().truncatedTo(ChronoUnit.MILLIS);
    }
}
