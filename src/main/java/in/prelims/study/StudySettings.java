package in.prelims.study;

import in.prelims.account.Owner;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;

/** An owner's study settings; an owner without a row has the defaults. */
@Entity
@Table(name = "study_settings")
public class StudySettings extends PanacheEntityBase {

    static final int DEFAULT_NEW_PER_DAY = 20;
    static final double DEFAULT_RETENTION = 0.9;
    static final double DEFAULT_EXAM_TARGET = 0.95;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id")
    public Long userId;

    @Column(name = "guest_key")
    public String guestKey;

    @Column(name = "new_per_day")
    public int newPerDay = DEFAULT_NEW_PER_DAY;

    /** The recall probability day-to-day reviews are scheduled at. */
    public double retention = DEFAULT_RETENTION;

    @Column(name = "exam_date")
    public LocalDate examDate;

    /** The recall probability every studied card should have on the exam day. */
    @Column(name = "exam_target")
    public double examTarget = DEFAULT_EXAM_TARGET;

    static Optional<StudySettings> of(Owner owner) {
        OwnerQuery q = OwnerQuery.of(owner);
        return find(q.clause(), q.value()).firstResultOptional();
    }

    static StudySettings defaults(Owner owner) {
        StudySettings s = new StudySettings();
        s.userId = owner.userId();
        s.guestKey = owner.guestKey();
        return s;
    }
}
