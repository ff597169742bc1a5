package in.prelims.study;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One press of Again, Hard, Good or Easy, kept for progress and true retention. */
@Entity
@Table(name = "study_review")
public class StudyReview extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Made by the browser, so a review sent twice (offline, then again) is stored once. */
    @Column(name = "client_id")
    public String clientId;

    @Column(name = "user_id")
    public Long userId;

    @Column(name = "guest_key")
    public String guestKey;

    @Column(name = "card_key")
    public String cardKey;

    public int rating;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "state_before")
    public int stateBefore;

    public Double retrievability;

    @Column(name = "scheduled_days")
    public int scheduledDays;

    @Column(name = "due_after")
    public Instant dueAfter;
}
